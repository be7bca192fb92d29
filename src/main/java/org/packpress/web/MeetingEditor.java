package org.packpress.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.packpress.common.Hashes;
import org.packpress.ingest.InputRejectedException;
import org.packpress.model.AgendaItemType;
import org.packpress.model.ItemNumbers;
import org.packpress.model.Meeting;
import org.packpress.model.Person;
import org.packpress.render.pdf.AttachmentVerdicts;
import org.packpress.render.pdf.PdfVerdict;
import org.packpress.store.BodyRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meeting page of the officer's workbench: a meeting's details and agenda as a form, its papers, and
 * its documents. Saving writes the meeting file ({@code meetings/<date>.yaml}) and the uploaded papers into
 * the body's input folder and imports it through {@link InputUploads}, the same path and validation as a
 * file upload; the import's problems are shown beside their fields. The other buttons (add, move, remove)
 * only change the form.
 */
@Controller
@ConditionalOnWebApplication
public class MeetingEditor {

    private final InputUploads uploads;
    private final PaperUploads papers;
    private final MeetingDocuments documents;
    private final BodyRepository bodies;
    private final DeliveryRecords deliveries;
    private final AttachmentVerdicts verdicts;
    private final AccessibilityAdvice advice;

    public MeetingEditor(InputUploads uploads, PaperUploads papers, MeetingDocuments documents, BodyRepository bodies,
            DeliveryRecords deliveries, AttachmentVerdicts verdicts, AccessibilityAdvice advice) {
        this.deliveries = deliveries;
        this.verdicts = verdicts;
        this.advice = advice;
        this.uploads = uploads;
        this.papers = papers;
        this.documents = documents;
        this.bodies = bodies;
    }

    /** Who is signed in, for the page's banner. */
    @ModelAttribute("user")
    public String user(Authentication user) {
        return user == null ? null : user.getName();
    }

    @GetMapping("/bodies/{body}/meetings/new")
    public String create(@PathVariable String body, Model model) {
        documents.requireBody(body);
        MeetingForm form = new MeetingForm();
        form.getItems().add(new MeetingForm.Item());
        return show(body, form, FieldErrors.none(), null, model);
    }

    @GetMapping("/bodies/{body}/meetings/{date}")
    public String edit(@PathVariable String body, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        documents.requireBody(body);
        Optional<byte[]> file = uploads.read(body, MeetingYaml.fileName(date));
        if (file.isEmpty()) {
            documents.meeting(body, date); // 404 when the meeting is not in the store either
            model.addAttribute("notEditable", true);
            return show(body, null, FieldErrors.none(), date, model);
        }
        return show(body, MeetingYaml.read(file.get()), FieldErrors.none(), date, model);
    }

    @PostMapping("/bodies/{body}/meetings")
    public String post(@PathVariable String body, @ModelAttribute("form") MeetingForm form,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        documents.requireBody(body);
        if (!action.equals("save")) {
            int focus = FormActions.apply(form, action);
            model.addAttribute("focus", focus);
            return show(body, form, FieldErrors.none(), existingDate(form), model);
        }
        String name = MeetingYaml.fileName(form.getDate());
        FieldErrors errors = dateErrors(body, form, name);
        if (!errors.isEmpty()) {
            return show(body, form, errors, existingDate(form), model);
        }
        PaperUploads.Received received = papers.receive(form);
        if (!received.errors().isEmpty()) {
            model.addAttribute("papersLost", true); // the refused paper, and any other chosen beside it
            return show(body, form, received.errors(), existingDate(form), model);
        }
        List<InputUploads.Incoming> files = new ArrayList<>(received.files());
        files.add(InputUploads.Incoming.of(name, MeetingYaml.write(form, received.entries())));
        try {
            ApiModels.UploadResult result = uploads.store(body, files);
            redirect.addFlashAttribute("saved", result.report());
            return "redirect:/bodies/" + body + "/meetings/" + form.getDate();
        } catch (InputRejectedException e) {
            model.addAttribute("papersLost", !received.files().isEmpty());
            return show(body, form, FieldErrors.of(e.errors(), name, f -> itemReferring(form, received, f)),
                    existingDate(form), model);
        }
    }

    /** The meeting as its YAML folder (a zip), to edit as files or to import elsewhere. */
    @GetMapping("/bodies/{body}/meetings/{date}/folder.zip")
    public void folder(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, HttpServletResponse response)
            throws IOException {
        documents.requireBody(body);
        if (uploads.read(body, MeetingYaml.fileName(date)).isEmpty()) {
            throw new NotFoundException("The meeting of " + body + " on " + date + " has no file in the workbench");
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + body + "-" + date + ".zip\"");
        MeetingFolder.write(uploads.folder(body), body, date.toString(), response.getOutputStream());
    }

    /** The date names the file, so it is checked before anything else, in the import's words. */
    private FieldErrors dateErrors(String body, MeetingForm form, String name) {
        return dateErrors(body, "meeting-date", form.getDate(), name, !form.isExisting());
    }

    /**
     * @param field the form field the date was typed in
     * @param mustBeNew whether the date may not have a meeting yet (a new meeting, or one moved there)
     */
    private FieldErrors dateErrors(String body, String field, String typed, String name, boolean mustBeNew) {
        FieldErrors errors = FieldErrors.none();
        String date = typed == null ? "" : typed.strip();
        if (date.isEmpty()) {
            errors.add(field, "date: is required");
            return errors;
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            errors.add(field, "date: '" + date + "' is not a valid date (yyyy-mm-dd)");
            return errors;
        }
        boolean taken = uploads.read(body, name).isPresent()
                || documents.meetings(body).stream().anyMatch(m -> m.date().equals(parsed));
        if (mustBeNew && taken) {
            errors.add(field, name + ": date: a meeting on " + date + " exists already; open it to change it");
        }
        return errors;
    }

    /** Cancels the meeting: its file says {@code status: cancelled}, through the import. */
    @PostMapping("/bodies/{body}/meetings/{date}/cancel")
    public String cancel(@PathVariable String body, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model, RedirectAttributes redirect) {
        byte[] yaml = editable(body, date);
        String name = MeetingYaml.fileName(date);
        try {
            redirect.addFlashAttribute("saved", uploads.store(body, List.of(InputUploads.Incoming.of(name,
                    MeetingMoves.cancelled(yaml)))).report());
            return "redirect:/bodies/" + body + "/meetings/" + date;
        } catch (InputRejectedException e) {
            return show(body, MeetingYaml.read(yaml), FieldErrors.of(e.errors(), name, f -> null), date, model);
        }
    }

    /**
     * Moves the meeting to a later date (and start): it is marked postponed, and the new date's meeting is
     * created as a draft copy, both through the import; problems are shown beside the move form's fields.
     */
    @PostMapping("/bodies/{body}/meetings/{date}/move")
    public String move(@PathVariable String body, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String newDate, @RequestParam(required = false) String newStart,
            Model model, RedirectAttributes redirect) {
        byte[] yaml = editable(body, date);
        model.addAttribute("moveDate", newDate);
        model.addAttribute("moveStart", newStart);
        String newName = MeetingYaml.fileName(newDate == null ? "" : newDate.strip());
        FieldErrors errors = dateErrors(body, "move-date", newDate, newName, true);
        if (!errors.isEmpty()) {
            return show(body, MeetingYaml.read(yaml), errors, date, model);
        }
        try {
            uploads.store(body, MeetingMoves.moved(yaml, date, LocalDate.parse(newDate.strip()), newStart));
            redirect.addFlashAttribute("moved", newDate.strip());
            return "redirect:/bodies/" + body + "/meetings/" + date;
        } catch (InputRejectedException e) {
            return show(body, MeetingYaml.read(yaml), FieldErrors.ofMove(e.errors(), MeetingYaml.fileName(date), newName),
                    date, model);
        }
    }

    /** The meeting file of the workbench; a meeting imported from elsewhere is changed in its own files. */
    private byte[] editable(String body, LocalDate date) {
        documents.requireBody(body);
        return uploads.read(body, MeetingYaml.fileName(date)).orElseThrow(() -> new NotFoundException(
                "The meeting of " + body + " on " + date + " has no file in the workbench: change its own files"));
    }

    /** The item (from 1) whose papers include the file, for problems found inside a paper. */
    private static Integer itemReferring(MeetingForm form, PaperUploads.Received received, String file) {
        Integer uploaded = received.itemOf(file);
        if (uploaded != null) {
            return uploaded;
        }
        for (int i = 0; i < form.getItems().size(); i++) {
            String source = form.getItems().get(i).getSource();
            if (MeetingYaml.papers(source).stream().anyMatch(p -> file.equals(p.path()))) {
                return i + 1;
            }
        }
        return null;
    }

    private String show(String body, MeetingForm form, FieldErrors errors, LocalDate date, Model model) {
        model.addAttribute("body", documents.bodies().stream().filter(b -> b.id().equals(body)).findFirst().orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", bodies.get(body).people().stream()
                .sorted(Comparator.comparing(Person::familyName)).toList());
        model.addAttribute("itemTypes", Arrays.stream(AgendaItemType.values()).map(AgendaItemType::inputName).toList());
        // the sub-item form of the style in force on the meeting's date (a new meeting's: the latest style's)
        model.addAttribute("subItemExample", ItemNumbers.of(bodies.get(body), date == null ? LocalDate.MAX : date)
                .written("7a"));
        model.addAttribute("meetingTypes", enumNames(Meeting.MeetingType.values()));
        model.addAttribute("statuses", enumNames(Meeting.MeetingStatus.values()));
        model.addAttribute("broadcastKinds", enumNames(Meeting.BroadcastKind.values()));
        Optional<ApiModels.MeetingSummary> stored = date == null ? Optional.empty()
                : documents.meetings(body).stream().filter(m -> m.date().equals(date)).findFirst();
        model.addAttribute("meeting", stored.orElse(null));
        model.addAttribute("deliveries", date == null ? Map.of() : deliveries.byDocument(body, date));
        Path folder = uploads.folder(body);
        model.addAttribute("papers", form == null ? List.of()
                : form.getItems().stream().map(i -> MeetingYaml.papers(i.getSource())).toList());
        model.addAttribute("facts", form == null ? List.of() : form.getItems().stream()
                .map(i -> MeetingYaml.papers(i.getSource()).stream().map(p -> PaperFacts.of(folder, p, this::shortcomings)).toList()).toList());
        model.addAttribute("date", date);
        return "meeting";
    }

    /** What to do about a PDF veraPDF found not accessible (a converted Word paper is judged on upload). */
    private List<String> shortcomings(Path pdf) {
        PdfVerdict verdict = verdicts.known(Hashes.sha256(pdf));
        return verdict == null || verdict.accessible() ? List.of() : advice.of(verdict.failedRules());
    }

    private static List<String> enumNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static LocalDate existingDate(MeetingForm form) {
        if (!form.isExisting()) {
            return null;
        }
        try {
            return LocalDate.parse(form.getDate());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

}
