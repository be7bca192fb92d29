package org.packpress.ingest;

/**
 * One problem with one input, in a form a user can act on:
 * {@code meetings/2024-01-15.yaml: agenda[7].time: 14:30 is earlier than item 6 (14:40)}.
 *
 * @param file the input file, relative to the folder that was imported where possible
 * @param location the field path ({@code agenda[7].time}) or a line/row reference ({@code row 12, column value})
 * @param reason what is wrong, and if possible what is expected instead
 */
public record InputError(String file, String location, String reason) {

    @Override
    public String toString() {
        return location == null || location.isEmpty()
                ? file + ": " + reason
                : file + ": " + location + ": " + reason;
    }
}
