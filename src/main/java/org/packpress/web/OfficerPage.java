package org.packpress.web;

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

    public OfficerPage(MeetingDocuments documents, ChecksEngine checks) {
        this.documents = documents;
        this.checks = checks;
    }

    @GetMapping("/")
    public String page(Model model, Authentication user) {
        List<BodyMeetings> bodies = documents.bodies().stream()
                .map(b -> new BodyMeetings(b, newestFirst(documents.meetings(b.id())), documents.planDocuments(b.id())))
                .toList();
        model.addAttribute("bodies", bodies);
        model.addAttribute("findings", findings(bodies));
        model.addAttribute("dataFiles", DataFiles.bodyFiles());
        model.addAttribute("user", user.getName());
        model.addAttribute("officer", user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN")));
        return "officer";
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
        List<ApiModels.MeetingSummary> copy = new java.util.ArrayList<>(meetings);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
