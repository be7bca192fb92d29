package org.packpress.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.packpress.ingest.InputError;

/**
 * The import's problems placed beside the form fields they concern, in the import's words. A problem of
 * the meeting file's {@code agenda[7].time} belongs to field {@code item-7-time}, one of its
 * {@code contactOfficer} to {@code meeting-contactOfficer}; a problem in a paper goes beside the papers of
 * the item that refers to it. Every problem is also in {@link #all()}, for the summary at the top.
 */
public final class FieldErrors {

    private static final Pattern ITEM = Pattern.compile("agenda\\[(\\d+)](?:\\.([A-Za-z]+))?.*");
    private static final List<String> ITEM_FIELDS = List.of("number", "type", "title", "reportOf", "description",
            "note", "time", "exempt", "papersToFollow");

    /** A problem, and the id of the field it is shown beside (null: only in the summary). */
    public record Problem(String field, String message) {
    }

    private final List<Problem> all = new ArrayList<>();
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    static FieldErrors none() {
        return new FieldErrors();
    }

    /**
     * @param meetingFile the meeting file's name in the import ({@code meetings/2024-05-01.yaml})
     * @param itemOfFile the item number (from 1) whose papers include a file, or null
     */
    static FieldErrors of(List<InputError> errors, String meetingFile, Function<String, Integer> itemOfFile) {
        FieldErrors result = new FieldErrors();
        for (InputError e : errors) {
            result.add(field(e, meetingFile, itemOfFile), e.withoutLine());
        }
        return result;
    }

    /**
     * The problems of moving a meeting: those of its new date and start (the postponed file's
     * {@code postponedTo}, the new file's {@code date} and {@code start}) beside the move form's fields
     * {@code move-date} and {@code move-start}; the others in the summary only.
     */
    static FieldErrors ofMove(List<InputError> errors, String meetingFile, String newFile) {
        FieldErrors result = new FieldErrors();
        for (InputError e : errors) {
            String location = e.location() == null ? "" : e.location();
            String field = null;
            if (meetingFile.equals(e.file()) && location.startsWith("postponedTo")) {
                field = location.endsWith("start") ? "move-start" : "move-date";
            } else if (newFile.equals(e.file()) && (location.equals("date") || location.equals("start"))) {
                field = "move-" + location;
            }
            result.add(field, e.withoutLine());
        }
        return result;
    }

    void add(String field, String message) {
        all.add(new Problem(field, message));
        if (field != null) {
            byField.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        }
    }

    private static String field(InputError e, String meetingFile, Function<String, Integer> itemOfFile) {
        if (!meetingFile.equals(e.file())) {
            Integer item = itemOfFile.apply(e.file());
            return item == null ? null : "item-" + item + "-papers";
        }
        String location = e.location() == null ? "" : e.location();
        Matcher item = ITEM.matcher(location);
        if (item.matches()) {
            String key = item.group(2);
            String field = key == null ? "number" : key.equals("documents") ? "papers" : key;
            return "item-" + item.group(1) + "-" + (ITEM_FIELDS.contains(field) || field.equals("papers") ? field : "number");
        }
        if (location.isEmpty()) {
            return null;
        }
        if (location.startsWith("postponedTo")) {
            return "meeting-status"; // the form sets the status; the move form sets where it moves to
        }
        String key = location.startsWith("broadcast.")
                ? "broadcast" + Character.toUpperCase(location.charAt(10)) + location.substring(11)
                : location.replaceFirst("[.\\[].*", "");
        return "meeting-" + key;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public List<Problem> all() {
        return all;
    }

    /** The messages beside a field (empty when it has none). */
    public List<String> at(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The id of the element holding a field's messages, for {@code aria-describedby}. */
    public String describedBy(String field) {
        return describedBy(field, false);
    }

    /** The same with the field's hint ({@code <field>-hint}) first, when it has one; null when neither. */
    public String describedBy(String field, boolean hint) {
        String ids = ((hint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }
}
