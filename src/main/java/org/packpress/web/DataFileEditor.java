package org.packpress.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.packpress.common.DateStyles;
import org.packpress.ingest.BodyFolder;
import org.packpress.ingest.InputRejectedException;
import org.packpress.model.Person;
import org.packpress.store.BodyRepository;
import org.packpress.web.DataFileForm.Entry;
import org.packpress.web.DataFiles.Spec;
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
 * The workbench's pages for a body's data files ({@link DataFiles}): a meeting's minutes, the action tracker's
 * progress, the key decisions and the work programme, edited as forms. Saving writes the file into the body's
 * input folder and imports it through {@link InputUploads}, the same path and validation as an upload; the
 * import's problems are shown beside their fields, in its words. The other buttons only change the form.
 */
@Controller
@ConditionalOnWebApplication
public class DataFileEditor {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputUploads uploads;
    private final MeetingDocuments documents;
    private final BodyRepository bodies;

    public DataFileEditor(InputUploads uploads, MeetingDocuments documents, BodyRepository bodies) {
        this.uploads = uploads;
        this.documents = documents;
        this.bodies = bodies;
    }

    @ModelAttribute("user")
    public String user(Authentication user) {
        return user == null ? null : user.getName();
    }

    /** What is edited: the kind of file, its place in the body folder without extension, and the page's address. */
    private record Target(String body, Spec spec, String base, String address, String title, LocalDate meeting) {
    }

    @GetMapping("/bodies/{body}/data/{kind}")
    public String edit(@PathVariable String body, @PathVariable String kind, Model model) {
        return open(bodyFile(body, kind), model);
    }

    @PostMapping("/bodies/{body}/data/{kind}")
    public String post(@PathVariable String body, @PathVariable String kind, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        return save(bodyFile(body, kind), params, model, redirect);
    }

    @GetMapping("/bodies/{body}/meetings/{date}/minutes")
    public String editMinutes(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        return open(minutes(body, date), model);
    }

    @PostMapping("/bodies/{body}/meetings/{date}/minutes")
    public String postMinutes(@PathVariable String body,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return save(minutes(body, date), params, model, redirect);
    }

    private Target bodyFile(String body, String kind) {
        documents.requireBody(body);
        Spec spec = DataFiles.bodyFile(kind).orElseThrow(() -> new NotFoundException("No data file '" + kind
                + "'; known: " + String.join(", ", DataFiles.bodyFiles().stream().map(Spec::kind).toList())));
        return new Target(body, spec, spec.path(), "/bodies/" + body + "/data/" + kind, spec.title(), null);
    }

    private Target minutes(String body, LocalDate date) {
        documents.meeting(body, date); // 404 unless the meeting is in the store
        return new Target(body, DataFiles.MINUTES_FILE, "minutes/" + date,
                "/bodies/" + body + "/meetings/" + date + "/minutes", "Minutes of the meeting of "
                        + DateStyles.UK.dayDate(date),
                date);
    }

    private String open(Target target, Model model) {
        if (!editable(target.body())) {
            model.addAttribute("notEditable", true);
            return show(target, null, FieldErrors.none(), null, model);
        }
        Optional<String> name = existing(target);
        JsonNode file;
        try {
            file = name.map(n -> MeetingYaml.parse(uploads.read(target.body(), n).orElseThrow()))
                    .orElseGet(() -> newFile(target));
        } catch (UncheckedIOException e) {
            model.addAttribute("unreadable", name.get() + ": " + e.getCause().getMessage());
            return show(target, null, FieldErrors.none(), null, model);
        }
        Entry entry = DataFileForm.read(file, target.spec().fields(), target.spec().sections());
        model.addAttribute("exists", name.isPresent());
        return show(target, entry, FieldErrors.none(), null, model);
    }

    private String save(Target target, Map<String, String> params, Model model, RedirectAttributes redirect) {
        if (!editable(target.body())) {
            throw new NotFoundException("The body " + target.body() + " has no body file in the workbench: change its own files");
        }
        Entry entry = DataFileForm.posted(params, "", target.spec().fields(), target.spec().sections());
        String action = params.getOrDefault("action", "save");
        if (!action.equals("save")) {
            String focus = DataFileForm.apply(entry, target.spec().sections(), action);
            return show(target, entry, FieldErrors.none(), focus, model);
        }
        String name = existing(target).orElse(target.base() + ".yaml");
        ObjectNode written = DataFileForm.write(entry, target.spec().fields(), target.spec().sections());
        try {
            ApiModels.UploadResult result = uploads.store(target.body(), List.of(InputUploads.Incoming.of(name,
                    name.endsWith(".json") ? json(written) : MeetingYaml.yaml(written))));
            redirect.addFlashAttribute("saved", result.report());
            return "redirect:" + target.address();
        } catch (InputRejectedException e) {
            Set<String> ids = DataFileViews.ids(DataFileViews.fields(entry, "", target.spec().fields()),
                    DataFileViews.lists(entry, "", target.spec().sections(), null));
            return show(target, entry, DataFileViews.errors(e.errors(), name, ids), null, model);
        }
    }

    /** The body's folder in the workbench holds its body file, so the import of one more file can run. */
    private boolean editable(String body) {
        return BodyFolder.BODY_FILE_NAMES.stream().anyMatch(n -> uploads.read(body, n).isPresent());
    }

    private Optional<String> existing(Target target) {
        return EXTENSIONS.stream().map(e -> target.base() + e).filter(n -> uploads.read(target.body(), n).isPresent())
                .findFirst();
    }

    private static JsonNode newFile(Target target) {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        if (target.meeting() != null) {
            file.put("meeting", target.meeting().toString());
        }
        return file;
    }

    private String show(Target target, Entry entry, FieldErrors errors, String focus, Model model) {
        model.addAttribute("body", documents.bodies().stream().filter(b -> b.id().equals(target.body())).findFirst()
                .orElseThrow());
        model.addAttribute("heading", target.title());
        model.addAttribute("kind", target.spec().kind());
        model.addAttribute("address", target.address());
        model.addAttribute("meetingDate", target.meeting());
        model.addAttribute("errors", errors);
        model.addAttribute("people", bodies.get(target.body()).people().stream()
                .sorted(Comparator.comparing(Person::familyName)).toList());
        if (entry != null) {
            model.addAttribute("source", MeetingYaml.json(entry.source));
            model.addAttribute("fields", DataFileViews.fields(entry, "", target.spec().fields()));
            model.addAttribute("lists", DataFileViews.lists(entry, "", target.spec().sections(), null));
        }
        model.addAttribute("focus", focus == null ? null : DataFileViews.id(focus) + "-entry");
        return "datafile";
    }

    private static byte[] json(ObjectNode file) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
