package org.packpress.ingest;

/**
 * One problem with one input, in a form a user can act on:
 * {@code meetings/2024-01-15.yaml: agenda[7].time: 14:30 is earlier than item 6 (14:40) (line 52)}.
 *
 * @param file the input file, relative to the folder that was imported where possible
 * @param location the field path ({@code agenda[7].time}) or a line/row reference ({@code row 12, column value})
 * @param reason what is wrong, and if possible what is expected instead
 * @param line the line of the file where the field starts, when the problem was found after the file was read
 *     (a value that could not be read at all says its line in its reason), or null
 */
public record InputError(String file, String location, String reason, Integer line) {

    public InputError(String file, String location, String reason) {
        this(file, location, reason, null);
    }

    @Override
    public String toString() {
        return withoutLine() + (line == null ? "" : " (line " + line + ")");
    }

    /** The problem without its line: for a file PackPress wrote from a form, whose lines no one has seen. */
    public String withoutLine() {
        return location == null || location.isEmpty()
                ? file + ": " + reason
                : file + ": " + location + ": " + reason;
    }
}
