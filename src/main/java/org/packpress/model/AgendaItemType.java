package org.packpress.model;

/** What an agenda item is; procedural types take their wording from the body's text blocks. */
public enum AgendaItemType {
    NOTICE_OF_RECORDING("notice-of-recording"),
    APOLOGIES(null),
    DECLARATIONS("declarations-of-interest"),
    MINUTES(null),
    ACTION_TRACKER(null),
    PUBLIC_QUESTIONS("public-question-time"),
    REPORT(null),
    KEY_DECISIONS(null),
    WORK_PROGRAMME(null),
    URGENT_BUSINESS("urgent-business"),
    /** The motion to exclude the press and public, as an item of its own: no other is added before exempt items. */
    EXCLUSION("exclusion-resolution"),
    /** The readmission of the press and public, as an item of its own: no other is added after exempt items. */
    READMISSION("readmission-resolution"),
    /**
     * A private session of members with others (an audit committee's members with the auditors, without officers):
     * held without the public but no exempt business, not minuted, and without papers.
     */
    PRIVATE_SESSION(null),
    OTHER(null);

    private final String standardWordingBlock;

    AgendaItemType(String standardWordingBlock) {
        this.standardWordingBlock = standardWordingBlock;
    }

    /** The text block holding this type's standard description, or null if it has none. */
    public String standardWordingBlock() {
        return standardWordingBlock;
    }

    /** The spelling used in input files: {@code notice-of-recording}. */
    public String inputName() {
        return name().toLowerCase().replace('_', '-');
    }

    public static AgendaItemType fromInputName(String name) {
        for (AgendaItemType type : values()) {
            if (type.inputName().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
