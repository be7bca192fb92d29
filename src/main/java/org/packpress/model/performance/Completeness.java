package org.packpress.model.performance;

/**
 * How complete the data behind a figure is (the {@code completeness} column of an observation table). A
 * figure from anything but full data says so wherever the review shows it as a headline, with the
 * observation's note: "1,300 (2020/21; partial data: statistics up to January 2021)".
 */
public enum Completeness {
    FULL(null), PARTIAL("partial data"), SAMPLE("sample data"), PROVISIONAL("provisional figure"),
    FORECAST("forecast");

    private final String wording;

    Completeness(String wording) {
        this.wording = wording;
    }

    /** "partial data"; null for full data. */
    public String wording() {
        return wording;
    }

    /**
     * A figure's completeness and the note that explains it.
     *
     * @param note the observation's note ("statistics up to January 2021"), or null
     */
    public record Flag(Completeness completeness, String note) {

        /** "partial data: statistics up to January 2021". */
        public String wording() {
            return completeness.wording() + (note == null || note.isBlank() ? "" : ": " + note);
        }
    }
}
