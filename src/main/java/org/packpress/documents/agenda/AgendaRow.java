package org.packpress.documents.agenda;

/** One row of the front sheet's agenda table, as the layout reads it (a bean: Jasper cannot read records). */
public class AgendaRow {

    private final String supportingDocument;
    private final String item;
    private final String topic;
    private final String time;
    private final boolean exclusion;

    /**
     * @param topic styled text: the bold title, the description, then the italic note
     * @param exclusion true for the row that excludes press and public before exempt items
     */
    public AgendaRow(String supportingDocument, String item, String topic, String time, boolean exclusion) {
        this.supportingDocument = supportingDocument;
        this.item = item;
        this.topic = topic;
        this.time = time;
        this.exclusion = exclusion;
    }

    public String getSupportingDocument() {
        return supportingDocument;
    }

    public String getItem() {
        return item;
    }

    public String getTopic() {
        return topic;
    }

    public String getTime() {
        return time;
    }

    public boolean isExclusion() {
        return exclusion;
    }
}
