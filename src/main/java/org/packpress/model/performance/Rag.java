package org.packpress.model.performance;

/**
 * The red/amber/green colour of an indicator's latest change: <b>green</b> when it moved the
 * indicator's good way, <b>red</b> when it moved the other way, <b>amber</b> when it did not move or
 * the indicator is only monitored. This is the one home of the rule: the KPI workbook's RAG formulas
 * and conditional formats are generated from {@link #of}, and {@link StatusRule} uses it when an
 * indicator has no comparator group.
 */
public enum Rag {
    GREEN("Green"), AMBER("Amber"), RED("Red");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param changeSign the sign of the latest value minus the one before: 1, 0 or -1
     */
    public static Rag of(int changeSign, Direction direction) {
        int good = Integer.signum(changeSign) * direction.sign();
        return good > 0 ? GREEN : good < 0 ? RED : AMBER;
    }
}
