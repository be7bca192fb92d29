package org.packpress.model.performance;

/** Which way an indicator should move. */
public enum Direction {
    HIGHER_IS_BETTER("higher is better"),
    LOWER_IS_BETTER("lower is better"),
    MONITOR("monitor");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts "higher", "lower", "monitor" or the full label. */
    public static Direction parse(String text) {
        String t = text.trim().toLowerCase();
        if (t.startsWith("higher")) {
            return HIGHER_IS_BETTER;
        }
        if (t.startsWith("lower")) {
            return LOWER_IS_BETTER;
        }
        if (t.equals("monitor")) {
            return MONITOR;
        }
        throw new IllegalArgumentException("expected higher, lower or monitor, not '" + text + "'");
    }

    /** +1 when a rise is good, -1 when a fall is good, 0 when neither. */
    public int sign() {
        return switch (this) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case MONITOR -> 0;
        };
    }
}
