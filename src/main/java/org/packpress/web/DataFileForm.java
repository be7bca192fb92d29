package org.packpress.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packpress.web.DataFiles.Field;
import org.packpress.web.DataFiles.Kind;
import org.packpress.web.DataFiles.Section;

/**
 * A data file ({@link DataFiles}) as a form and back. The form's field names are the import's field paths
 * ({@code actions[2].updates[1].note}, lists counted from 1), so that a problem the import names is shown beside
 * the field it names. Each entry carries, in {@code <path>._source}, the JSON of its fields the form does not
 * show, which are written back as they were.
 */
final class DataFileForm {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String SOURCE = "_source";

    /** The file, or an entry of one of its lists: its fields as typed, its lists, and what the form does not show. */
    static final class Entry {
        ObjectNode source = NODES.objectNode();
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, List<Entry>> lists = new LinkedHashMap<>();
    }

    private DataFileForm() {
    }

    // ---- file → form

    static Entry read(JsonNode node, List<Field> fields, List<Section> sections) {
        Entry entry = new Entry();
        entry.source = node instanceof ObjectNode o ? o.deepCopy() : NODES.objectNode();
        for (Field f : fields) {
            entry.values.put(f.key(), value(at(node, f.key()), f.kind()));
            if (f.kind() != Kind.CHECK) {
                remove(entry.source, f.key()); // a checkbox's key is kept: unticked, it writes false where it was
            }
        }
        for (Section s : sections) {
            List<Entry> entries = new ArrayList<>();
            for (JsonNode item : at(node, s.key())) {
                entries.add(s.scalar() ? scalar(value(item, Kind.TEXT)) : read(item, s.fields(), s.sections()));
            }
            entry.lists.put(s.key(), entries);
            remove(entry.source, s.key());
        }
        return entry;
    }

    private static Entry scalar(String value) {
        Entry entry = new Entry();
        entry.values.put("", value);
        return entry;
    }

    private static String value(JsonNode node, Kind kind) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return kind == Kind.CHECK ? "false" : null;
        }
        if (node.isArray() && kind == Kind.NUMBERS) {
            List<String> values = new ArrayList<>();
            node.forEach(n -> values.add(n.asText()));
            return String.join(", ", values);
        }
        return node.isContainerNode() ? node.toString() : node.asText();
    }

    // ---- form → file

    static ObjectNode write(Entry entry, List<Field> fields, List<Section> sections) {
        ObjectNode node = entry.source.deepCopy();
        for (Field f : fields) {
            put(node, f, entry.values.get(f.key()));
        }
        for (Section s : sections) {
            ArrayNode list = NODES.arrayNode();
            for (Entry e : entry.lists.getOrDefault(s.key(), List.of())) {
                list.add(s.scalar() ? NODES.textNode(strip(e.values.get(""))) : write(e, s.fields(), s.sections()));
            }
            set(node, s.key(), list.isEmpty() ? null : list);
        }
        return node;
    }

    private static void put(ObjectNode node, Field f, String typed) {
        String value = typed == null || typed.isBlank() ? null
                : f.kind() == Kind.TEXTAREA ? lines(typed) : typed.strip();
        switch (f.kind()) {
            case CHECK -> set(node, f.key(), "true".equals(value) ? NODES.booleanNode(true)
                    : at(node, f.key()).isMissingNode() ? null : NODES.booleanNode(false));
            case NUMBER -> set(node, f.key(), value != null && value.matches("\\d{1,9}")
                    ? NODES.numberNode(Integer.parseInt(value)) : text(value));
            case NUMBERS -> set(node, f.key(), numbers(value));
            default -> set(node, f.key(), text(value));
        }
    }

    /** "3" → 3, "1, 3" → [1, 3]; anything else as typed, for the import to name. */
    private static JsonNode numbers(String value) {
        if (value != null && value.matches("\\d{1,9}(\\s*,\\s*\\d{1,9})+")) {
            ArrayNode list = NODES.arrayNode();
            Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).forEach(list::add);
            return list;
        }
        return value != null && value.matches("\\d{1,9}") ? NODES.numberNode(Integer.parseInt(value)) : text(value);
    }

    private static JsonNode text(String value) {
        return value == null ? null : NODES.textNode(value);
    }

    private static String strip(String value) {
        return value == null ? "" : lines(value);
    }

    /** Text as typed, with the line ends a browser posts (CR LF) as the file writes them. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    // ---- the posted form → entries

    /**
     * The entry whose fields are posted under the prefix ("" for the file, {@code actions[2].} for an entry);
     * a list's entries are those posted with their {@code _source} (a text list's: with their value).
     */
    static Entry posted(Map<String, String> params, String prefix, List<Field> fields, List<Section> sections) {
        Entry entry = new Entry();
        String source = params.get(prefix + SOURCE);
        entry.source = source == null || source.isBlank() ? NODES.objectNode() : (ObjectNode) MeetingYaml.parseJson(source);
        for (Field f : fields) {
            String value = params.get(prefix + f.key());
            entry.values.put(f.key(), f.kind() == Kind.CHECK ? String.valueOf(value != null) : value);
        }
        for (Section s : sections) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 1; ; i++) {
                String path = prefix + s.key() + "[" + i + "]";
                if (s.scalar() ? !params.containsKey(path) : !params.containsKey(path + "." + SOURCE)) {
                    break;
                }
                entries.add(s.scalar() ? scalar(params.get(path)) : posted(params, path + ".", s.fields(), s.sections()));
            }
            entry.lists.put(s.key(), entries);
        }
        return entry;
    }

    // ---- the buttons other than Save

    /**
     * Applies {@code add:<list path>}, {@code remove:<entry path>}, {@code up:<entry path>} or
     * {@code down:<entry path>}; returns the path of the entry to focus afterwards, or null.
     */
    static String apply(Entry file, List<Section> sections, String action) {
        int colon = action.indexOf(':');
        String verb = colon < 0 ? action : action.substring(0, colon);
        String path = colon < 0 ? "" : action.substring(colon + 1);
        Place place = locate(file, sections, "", path);
        if (place == null || (place.index() < 0) != verb.equals("add")) {
            throw new IllegalArgumentException("'" + action + "' is not an action of this form");
        }
        List<Entry> list = place.owner().lists.computeIfAbsent(place.section().key(), k -> new ArrayList<>());
        int at = place.index();
        switch (verb) {
            case "add" -> {
                list.add(place.section().scalar() ? scalar(null) : new Entry());
                return place.listPath() + "[" + list.size() + "]";
            }
            case "remove" -> {
                list.remove(at);
                return list.isEmpty() ? null : place.listPath() + "[" + Math.min(at + 1, list.size()) + "]";
            }
            case "up", "down" -> {
                int to = verb.equals("up") ? Math.max(at - 1, 0) : Math.min(at + 1, list.size() - 1);
                Collections.swap(list, at, to);
                return place.listPath() + "[" + (to + 1) + "]";
            }
            default -> throw new IllegalArgumentException("'" + action + "' is not an action of this form");
        }
    }

    /** A list (index -1) or an entry of it (index from 0), with the entry that holds the list. */
    private record Place(Entry owner, Section section, String listPath, int index) {
    }

    private static Place locate(Entry owner, List<Section> sections, String prefix, String path) {
        for (Section s : sections) {
            if (path.equals(s.key())) {
                return new Place(owner, s, prefix + s.key(), -1);
            }
            if (!path.startsWith(s.key() + "[") || path.indexOf(']') < 0) {
                continue;
            }
            int close = path.indexOf(']');
            int index = number(path.substring(s.key().length() + 1, close)) - 1;
            List<Entry> list = owner.lists.getOrDefault(s.key(), List.of());
            if (index < 0 || index >= list.size()) {
                return null;
            }
            String rest = path.substring(close + 1);
            if (rest.isEmpty()) {
                return new Place(owner, s, prefix + s.key(), index);
            }
            return rest.startsWith(".") ? locate(list.get(index), s.sections(),
                    prefix + s.key() + "[" + (index + 1) + "].", rest.substring(1)) : null;
        }
        return null;
    }

    private static int number(String text) {
        return text.matches("\\d{1,6}") ? Integer.parseInt(text) : -1;
    }

    // ---- dotted keys ("resolution.text")

    private static JsonNode at(JsonNode node, String key) {
        JsonNode at = node;
        for (String part : key.split("\\.")) {
            at = at == null ? null : at.get(part);
        }
        return at == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : at;
    }

    /** Sets the value at a dotted key (null removes it), creating the objects on the way and dropping emptied ones. */
    private static void set(ObjectNode node, String key, JsonNode value) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            if (value == null) {
                node.remove(key);
            } else {
                node.set(key, value);
            }
            return;
        }
        String head = key.substring(0, dot);
        ObjectNode inner = node.get(head) instanceof ObjectNode o ? o : NODES.objectNode();
        set(inner, key.substring(dot + 1), value);
        if (inner.isEmpty()) {
            node.remove(head);
        } else {
            node.set(head, inner);
        }
    }

    private static void remove(ObjectNode node, String key) {
        set(node, key, null);
    }
}
