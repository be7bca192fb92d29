package org.packpress.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packpress.checks.ChecksEngine;
import org.packpress.model.Finding;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer page: per body, its meetings with their documents, and its KPI workbooks and annual-report
 * reviews, each with its state, build and send buttons.
 */
@Controller
@ConditionalOnWebApplication
public class OfficerPage {

    /** A body with its meetings, newest first. */
    public record BodyMeetings(ApiModels.BodySummary body, List<ApiModels.MeetingSummary> meetings,
            List<ApiModels.PlanDocument> planDocuments) {
    }

    private final MeetingDocuments documents;
    private final ChecksEngine checks;
    private final DeliveryRecords deliveries;

    public OfficerPage(MeetingDocuments documents, ChecksEngine checks, DeliveryRecords deliveries) {
        this.documents = documents;
        this.checks = checks;
        this.deliveries = deliveries;
    }

    @GetMapping("/")
    public String page(Model model, Authentication user) {
        List<BodyMeetings> bodies = documents.bodies().stream().map(this::documents).toList();
        model.addAttribute("bodies", bodies);
        model.addAttribute("findings", findings(bodies));
        model.addAttribute("dataFiles", DataFiles.bodyFiles());
        model.addAttribute("user", user.getName());
        model.addAttribute("officer", user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN")));
        return "officer";
    }

    /**
     * One body's page on the workbench: its meetings with their documents, each with its state, build and send,
     * and the results of every send per recipient; its performance documents; links to prepare a meeting and to
     * its data files.
     */
    @GetMapping("/bodies/{body}")
    public String body(@PathVariable String body, Model model, Authentication user) {
        documents.requireBody(body);
        BodyMeetings b = documents(documents.bodies().stream().filter(s -> s.id().equals(body)).findFirst().orElseThrow());
        model.addAttribute("b", b);
        model.addAttribute("findings", findings(List.of(b)));
        model.addAttribute("dataFiles", DataFiles.bodyFiles());
        Map<LocalDate, Map<String, List<ApiModels.SentRecord>>> sent = new HashMap<>();
        b.meetings().forEach(m -> sent.put(m.date(), deliveries.byDocument(body, m.date())));
        model.addAttribute("sent", sent);
        model.addAttribute("user", user.getName());
        return "body";
    }

    private BodyMeetings documents(ApiModels.BodySummary body) {
        return new BodyMeetings(body, newestFirst(documents.meetings(body.id())), documents.planDocuments(body.id()));
    }

    /** The checks' findings on each meeting, by "body/yyyy-mm-dd". */
    private Map<String, List<Finding>> findings(List<BodyMeetings> bodies) {
        Map<String, List<Finding>> findings = new HashMap<>();
        for (BodyMeetings b : bodies) {
            for (ApiModels.MeetingSummary m : b.meetings()) {
                findings.put(m.body() + "/" + m.date(), checks.checkMeeting(m.body(), m.date()));
            }
        }
        return findings;
    }

    /** The sign-in form (Spring Security handles the POST). */
    @GetMapping("/login")
    public String signIn(Model model, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }

    private static List<ApiModels.MeetingSummary> newestFirst(List<ApiModels.MeetingSummary> meetings) {
        List<ApiModels.MeetingSummary> copy = new ArrayList<>(meetings);
        Collections.reverse(copy);
        return copy;
    }
}
