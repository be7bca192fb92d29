package org.packpress.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Between a meeting file ({@code meetings/<date>.yaml}, the exchange format) and the meeting form. The
 * form edits the fields it shows and keeps every other field of the file as it was, so a meeting edited in
 * the browser stays the file an officer could have written; the import validates the result.
 */
public final class MeetingYaml {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The meeting file's field that marks a meeting not ready for publication. */
    static final String DRAFT = "draft";

    /** A field the form shows: its key in the file, and how the form reads and sets it. */
    private record Field<F>(String key, Function<F, String> get, BiConsumer<F, String> set) {
    }

    private static final List<Field<MeetingForm>> MEETING = List.of(
            new Field<>("date", MeetingForm::getDate, MeetingForm::setDate),
            new Field<>("type", MeetingForm::getType, MeetingForm::setType),
            new Field<>("start", MeetingForm::getStart, MeetingForm::setStart),
            new Field<>("venue", MeetingForm::getVenue, MeetingForm::setVenue),
            new Field<>("venueShort", MeetingForm::getVenueShort, MeetingForm::setVenueShort),
            new Field<>("status", MeetingForm::getStatus, MeetingForm::setStatus),
            new Field<>("contactOfficer", MeetingForm::getContactOfficer, MeetingForm::setContactOfficer));

    private static final List<Field<MeetingForm>> BROADCAST = List.of(
            new Field<>("kind", MeetingForm::getBroadcastKind, MeetingForm::setBroadcastKind),
            new Field<>("host", MeetingForm::getBroadcastHost, MeetingForm::setBroadcastHost),
            new Field<>("url", MeetingForm::getBroadcastUrl, MeetingForm::setBroadcastUrl));

    private static final List<Field<MeetingForm.Item>> ITEM = List.of(
            new Field<>("number", MeetingForm.Item::getNumber, MeetingForm.Item::setNumber),
            new Field<>("type", MeetingForm.Item::getType, MeetingForm.Item::setType),
            new Field<>("title", MeetingForm.Item::getTitle, MeetingForm.Item::setTitle),
            new Field<>("reportOf", MeetingForm.Item::getReportOf, MeetingForm.Item::setReportOf),
            new Field<>("description", MeetingForm.Item::getDescription, MeetingForm.Item::setDescription),
            new Field<>("note", MeetingForm.Item::getNote, MeetingForm.Item::setNote),
            new Field<>("time", MeetingForm.Item::getTime, MeetingForm.Item::setTime));

    private static final String TO_FOLLOW = "papersToFollow";

    private MeetingYaml() {
    }

    /** The form for a meeting file's text. */
    static MeetingForm read(byte[] yaml) {
        ObjectNode file = object(parse(yaml));
        MeetingForm form = new MeetingForm();
        MEETING.forEach(f -> f.set().accept(form, text(file.get(f.key()))));
        ObjectNode broadcast = object(file.get("broadcast"));
        BROADCAST.forEach(f -> f.set().accept(form, text(broadcast.get(f.key()))));
        for (JsonNode entry : file.path("agenda")) {
            MeetingForm.Item item = new MeetingForm.Item();
            ITEM.forEach(f -> f.set().accept(item, text(entry.get(f.key()))));
            item.setExempt(numbers(entry.get("exempt")));
            item.setPapersToFollow(entry.path(TO_FOLLOW).asBoolean() ? "true" : null);
            item.setSource(json(entry));
            form.getItems().add(item);
        }
        ObjectNode rest = file.deepCopy();
        rest.remove("agenda");
        form.setSource(json(rest));
        form.setExisting(true);
        return form;
    }

    /**
     * The meeting file the form describes, with the papers added to each item (by position). A meeting created
     * in the form is a draft until an officer publishes it.
     */
    static byte[] write(MeetingForm form, List<List<ObjectNode>> addedPapers) {
        ObjectNode file = object(parseJson(form.getSource()));
        if (!form.isExisting()) {
            file.put(DRAFT, true);
        }
        if (!"postponed".equals(form.getStatus())) {
            file.remove("postponedTo"); // a meeting no longer postponed has nowhere it moved to
        }
        MEETING.forEach(f -> put(file, f.key(), f.get().apply(form)));
        ObjectNode broadcast = object(file.get("broadcast"));
        BROADCAST.forEach(f -> put(broadcast, f.key(), f.get().apply(form)));
        if (broadcast.isEmpty()) {
            file.remove("broadcast");
        } else {
            file.set("broadcast", broadcast);
        }
        ArrayNode agenda = file.putArray("agenda");
        for (int i = 0; i < form.getItems().size(); i++) {
            MeetingForm.Item item = form.getItems().get(i);
            ObjectNode entry = object(parseJson(item.getSource()));
            ITEM.forEach(f -> put(entry, f.key(), f.get().apply(item)));
            putNumbers(entry, "exempt", item.getExempt());
            List<ObjectNode> added = i < addedPapers.size() ? addedPapers.get(i) : List.of();
            // a paper added is the paper that was to follow
            if ("true".equals(item.getPapersToFollow()) && added.isEmpty()) {
                entry.put(TO_FOLLOW, true);
            } else {
                entry.remove(TO_FOLLOW);
            }
            if (!added.isEmpty()) {
                ArrayNode documents = entry.has("documents") && entry.get("documents").isArray()
                        ? (ArrayNode) entry.get("documents") : entry.putArray("documents");
                added.forEach(documents::add);
            }
            agenda.add(entry);
        }
        return yaml(file);
    }

    static byte[] yaml(ObjectNode file) {
        try {
            return YAML.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The meeting file's place in the body folder: {@code meetings/2024-01-15.yaml}. */
    static String fileName(LocalDate date) {
        return fileName(date.toString());
    }

    static String fileName(String date) {
        return "meetings/" + date + ".yaml";
    }

    /** A meeting file's text with a change made to its fields (the others kept as they are). */
    static byte[] edit(byte[] yaml, Consumer<ObjectNode> change) {
        ObjectNode file = object(parse(yaml));
        change.accept(file);
        return yaml(file);
    }

    /** Whether the meeting file marks the meeting as a draft. */
    static boolean isDraft(byte[] yaml) {
        return parse(yaml).path(DRAFT).asBoolean(false);
    }

    /** The papers listed in an item's source: one line each, "title (papers/x.pdf)". */
    static List<Paper> papers(String itemSource) {
        List<Paper> papers = new ArrayList<>();
        for (JsonNode document : parseJson(itemSource).path("documents")) {
            papers.add(Paper.of(document));
        }
        return papers;
    }

    /** A paper of an item as the meeting file names it: a report, an attached PDF, or a generated paper. */
    public record Paper(String title, String kind, String path) {

        static Paper of(JsonNode document) {
            String title = text(document.get("title"));
            if (document.hasNonNull("report")) {
                return new Paper(title, "report", document.get("report").asText());
            }
            if (document.hasNonNull("file")) {
                return new Paper(title, "file", document.get("file").asText());
            }
            return new Paper(title, "generated", text(document.get("generated")));
        }
    }

    /** The item's source with one of its papers removed (position from 0). */
    static String withoutPaper(String itemSource, int position) {
        ObjectNode entry = object(parseJson(itemSource));
        if (entry.get("documents") instanceof ArrayNode documents && position < documents.size()) {
            documents.remove(position);
            if (documents.isEmpty()) {
                entry.remove("documents");
            }
        }
        return json(entry);
    }

    /** The files a meeting file refers to (reports and attachments, appendices included), as written. */
    static List<String> referencedFiles(byte[] yaml) {
        List<String> files = new ArrayList<>();
        for (JsonNode item : parse(yaml).path("agenda")) {
            collect(item.path("documents"), files);
        }
        return files;
    }

    private static void collect(JsonNode documents, List<String> files) {
        for (JsonNode d : documents) {
            for (String key : List.of("report", "file")) {
                if (d.hasNonNull(key)) {
                    files.add(d.get(key).asText());
                }
            }
            collect(d.path("appendices"), files);
        }
    }

    static ObjectNode paperEntry(String title, String kind, String path) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("title", title);
        entry.put(kind, path);
        return entry;
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(key);
        } else {
            node.put(key, value.strip());
        }
    }

    /** A whole number is written as one (so the import reads it as such); other text as typed, for the import to refuse. */
    private static void putNumber(ObjectNode node, String key, String value) {
        if (value != null && value.strip().matches("\\d{1,9}")) {
            node.put(key, Integer.parseInt(value.strip()));
        } else {
            put(node, key, value);
        }
    }

    /** "3" → 3, "1, 3" → [1, 3]; anything else as written, for the import to name. */
    private static void putNumbers(ObjectNode node, String key, String value) {
        if (value != null && value.strip().matches("\\d{1,9}(\\s*,\\s*\\d{1,9})+")) {
            var list = node.putArray(key);
            Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).forEach(list::add);
        } else {
            putNumber(node, key, value);
        }
    }

    private static String numbers(JsonNode node) {
        if (node != null && node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(n -> values.add(n.asText()));
            return String.join(", ", values);
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static ObjectNode object(JsonNode node) {
        return node instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    }

    static JsonNode parse(byte[] yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            return node == null ? JsonNodeFactory.instance.objectNode() : node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parseJson(String json) {
        if (json == null || json.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the form's hidden field is not JSON: " + e.getOriginalMessage());
        }
    }

    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
