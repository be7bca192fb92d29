package org.packpress.model;

/**
 * A problem the consistency checks found in a body's papers, as plain data: builds record findings in
 * their manifest, the officer page and the {@code check} command show them.
 *
 * @param rule the id of the rule that found it, e.g. {@code tracker.scheduled-meeting}
 * @param document the document it is in, e.g. "action tracker", "minutes of 2023-12-18", "item 7 report"
 * @param location the item, row or minute inside the document, e.g. "action 774 ii", "row 3"
 * @param field the field or column, e.g. "programmedFor"
 * @param message what is wrong, naming the values involved
 * @param explanation what the rule checks and why, in one sentence
 */
public record Finding(String rule, Severity severity, String document, String location, String field,
        String message, String explanation) {

    public enum Severity {
        WARNING, ERROR
    }

    public Finding asError() {
        return new Finding(rule, Severity.ERROR, document, location, field, message, explanation);
    }

    /** One line: "error tracker.scheduled-meeting: action tracker, action 774 ii, programmedFor: …". */
    @Override
    public String toString() {
        return severity.name().toLowerCase() + " " + rule + ": " + document
                + (location == null ? "" : ", " + location) + (field == null ? "" : ", " + field) + ": " + message;
    }
}
