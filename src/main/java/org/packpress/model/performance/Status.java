package org.packpress.model.performance;

/** Whether an indicator was achieved in a reporting year. */
public enum Status {
    MET("Met"), PARTLY_MET("Partly met"), NOT_MET("Not met"), NOT_ASSESSABLE("Not assessable");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Status parse(String text) {
        String t = text.trim().toLowerCase().replace('_', ' ').replace('-', ' ');
        return switch (t) {
            case "met" -> MET;
            case "partly met", "partially met" -> PARTLY_MET;
            case "not met" -> NOT_MET;
            case "not assessable", "no data" -> NOT_ASSESSABLE;
            default -> throw new IllegalArgumentException(
                    "expected met, partly met, not met or not assessable, not '" + text + "'");
        };
    }
}
