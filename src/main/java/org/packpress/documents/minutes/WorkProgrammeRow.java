package org.packpress.documents.minutes;

/** A row of {@code reports/work-programme.jrxml}: section 1 the programme, section 2 the menu of options. */
public final class WorkProgrammeRow {

    private final int section;
    private final String date;
    private final String topic;
    private final String aims;
    private final String information;

    WorkProgrammeRow(int section, String date, String topic, String aims, String information) {
        this.section = section;
        this.date = date;
        this.topic = topic;
        this.aims = aims;
        this.information = information;
    }

    public Integer getSection() {
        return section;
    }

    public String getDate() {
        return date;
    }

    public String getTopic() {
        return topic;
    }

    public String getAims() {
        return aims;
    }

    public String getInformation() {
        return information;
    }
}
