package org.packpress.model.performance;

/** An inspection grade, in scale order. */
public enum Grade {
    OUTSTANDING("Outstanding"), GOOD("Good"), ADEQUATE("Adequate"),
    REQUIRES_IMPROVEMENT("Requires improvement"), INADEQUATE("Inadequate"), NOT_GRADED("Not graded");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Grade parse(String text) {
        String t = text.trim().replaceAll("\\s+", " ");
        for (Grade g : values()) {
            if (g.label.equalsIgnoreCase(t) || g.name().equalsIgnoreCase(t)) {
                return g;
            }
        }
        throw new IllegalArgumentException("expected Outstanding, Good, Adequate, Requires improvement, "
                + "Inadequate or Not graded, not '" + text + "'");
    }
}
