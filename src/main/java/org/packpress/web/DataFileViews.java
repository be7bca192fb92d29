package org.packpress.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.packpress.ingest.InputError;
import org.packpress.web.DataFileForm.Entry;
import org.packpress.web.DataFiles.Field;
import org.packpress.web.DataFiles.Section;

/**
 * What the data file page shows of a {@link DataFileForm.Entry} tree: fields with their ids and names, entries
 * with their legends, lists with their add buttons; and the import's problems placed beside the field, entry or
 * list their path names.
 */
public final class DataFileViews {

    /** A field: its element id, its name (the import's field path), how it is typed, and its value. */
    public record FieldView(String id, String name, String label, String kind, String value, String hint) {
    }

    /** An entry of a list: its path ({@code actions[2]}), element id, legend and name for the buttons. */
    public record EntryView(String id, String path, String legend, String name, String source, List<FieldView> fields,
            List<ListView> lists, boolean first, boolean last) {
    }

    /** A list: its path ({@code actions[2].updates}), element id, heading, and what adding an entry is called. */
    public record ListView(String id, String path, String heading, String add, boolean scalar, List<EntryView> entries) {
    }

    private DataFileViews() {
    }

    /** The element id of a field path: {@code actions[2].updates[1].note} → {@code actions-2-updates-1-note}. */
    static String id(String path) {
        return path.replace("[", "-").replace("]", "").replace('.', '-');
    }

    static List<FieldView> fields(Entry entry, String prefix, List<Field> fields) {
        return fields.stream().map(f -> new FieldView(id(prefix + f.key()), prefix + f.key(), f.label(),
                f.kind().name().toLowerCase(Locale.ROOT), entry.values.get(f.key()), f.hint())).toList();
    }

    static List<ListView> lists(Entry owner, String prefix, List<Section> sections, String ownerName) {
        List<ListView> lists = new ArrayList<>();
        for (Section s : sections) {
            String path = prefix + s.key();
            List<Entry> entries = owner.lists.getOrDefault(s.key(), List.of());
            List<EntryView> views = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                views.add(entry(entries.get(i), s, path + "[" + (i + 1) + "]", i, entries.size(), ownerName));
            }
            String add = "Add " + article(s.noun()) + " " + s.noun() + (ownerName == null ? "" : " to " + ownerName);
            String heading = s.heading() + (ownerName == null ? "" : " of " + ownerName);
            lists.add(new ListView(id(path) + "-list", path, heading, add, s.scalar(), views));
        }
        return lists;
    }

    private static EntryView entry(Entry entry, Section s, String path, int i, int count, String ownerName) {
        String name = s.noun() + " " + (i + 1) + (ownerName == null ? "" : " of " + ownerName);
        String first = s.fields().isEmpty() ? null : entry.values.get(s.fields().get(0).key());
        String legend = Character.toUpperCase(name.charAt(0)) + name.substring(1)
                + (s.scalar() || first == null || first.isBlank() || first.length() > 40 ? "" : " (" + first.strip() + ")");
        List<FieldView> fields = s.scalar()
                ? List.of(new FieldView(id(path), path, s.fields().get(0).label(), "textarea", entry.values.get(""),
                        s.fields().get(0).hint()))
                : fields(entry, path + ".", s.fields());
        return new EntryView(id(path) + "-entry", path, legend, name,
                s.scalar() ? null : MeetingYaml.json(entry.source), fields,
                lists(entry, path + ".", s.sections(), name), i == 0, i == count - 1);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    /** Every element id a problem can be shown beside: fields, entries and lists. */
    static Set<String> ids(List<FieldView> fields, List<ListView> lists) {
        Set<String> ids = new HashSet<>();
        fields.forEach(f -> ids.add(f.id()));
        for (ListView list : lists) {
            ids.add(list.id());
            for (EntryView e : list.entries()) {
                ids.add(e.id());
                ids.addAll(ids(e.fields(), e.lists()));
            }
        }
        return ids;
    }

    /**
     * The import's problems: those of this file beside the nearest field, entry or list its path names (the
     * field itself, else the entry or list holding it); the others in the summary only.
     */
    static FieldErrors errors(List<InputError> errors, String file, Set<String> ids) {
        FieldErrors result = FieldErrors.none();
        for (InputError e : errors) {
            result.add(file.equals(e.file()) ? place(e.location(), ids) : null, e.withoutLine());
        }
        return result;
    }

    private static String place(String location, Set<String> ids) {
        String path = location == null ? "" : location;
        while (!path.isEmpty()) {
            for (String id : List.of(id(path), id(path) + "-entry", id(path) + "-list")) {
                if (ids.contains(id)) {
                    return id;
                }
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return null;
    }
}
