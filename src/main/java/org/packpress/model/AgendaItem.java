package org.packpress.model;

import java.time.LocalTime;
import java.util.List;

/**
 * One row of an agenda.
 *
 * @param number "1" … "11", or a sub-item "7a"
 * @param title upper-case title; a sub-item carries its group's title
 * @param description Markdown, or null when the type's standard wording applies
 * @param note italic note, or null
 * @param time approximate time, or null when the item shares the slot of the one before
 * @param exemptParagraphs the paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972
 *     that make the item exempt; empty for a public item
 * @param workProgrammeTopic the topic of the body's work-programme row this item takes its description
 *     from (the row programmed for the meeting's date), or null
 * @param papersToFollow whether the item's paper is not attached yet but will follow (the front sheet says so; the
 *     pack that then carries it is a supplement)
 */
public record AgendaItem(String number, AgendaItemType type, String title, String description, String note,
        LocalTime time, String reportOf, List<Integer> exemptParagraphs, String workProgrammeTopic,
        List<AgendaDocument> documents, boolean papersToFollow) {

    public AgendaItem {
        documents = List.copyOf(documents);
        exemptParagraphs = exemptParagraphs == null ? List.of() : List.copyOf(exemptParagraphs);
    }

    /** An item whose papers, if it has any, are attached. */
    public AgendaItem(String number, AgendaItemType type, String title, String description, String note,
            LocalTime time, String reportOf, List<Integer> exemptParagraphs, String workProgrammeTopic,
            List<AgendaDocument> documents) {
        this(number, type, title, description, note, time, reportOf, exemptParagraphs, workProgrammeTopic, documents,
                false);
    }

    /** An item that takes nothing from the work programme. */
    public AgendaItem(String number, AgendaItemType type, String title, String description, String note,
            LocalTime time, String reportOf, List<Integer> exemptParagraphs, List<AgendaDocument> documents) {
        this(number, type, title, description, note, time, reportOf, exemptParagraphs, null, documents);
    }

    public boolean exempt() {
        return !exemptParagraphs.isEmpty();
    }

    /** A members' private session ({@link AgendaItemType#PRIVATE_SESSION}): neither public nor exempt business. */
    public boolean privateSession() {
        return type == AgendaItemType.PRIVATE_SESSION;
    }

    public boolean hasDocuments() {
        return !documents.isEmpty();
    }

    /** Whether any of its papers is not for the public: the item is exempt, or one of its papers is. */
    public boolean hasExemptBusiness() {
        return exempt() || !exemptPapers().isEmpty();
    }

    /** Every paper of the item, appendices after their paper, in print order. */
    public List<AgendaDocument> papers() {
        return documents.stream().flatMap(d -> d.inPrintOrder().stream()).toList();
    }

    /** Its papers that say they hold exempt information themselves (a public item's exempt appendix), in print order. */
    public List<AgendaDocument> exemptPapers() {
        return papers().stream().filter(AgendaDocument::exempt).toList();
    }

    /** Its papers an audience sees, in print order: none of an exempt item for the public, nor an exempt paper. */
    public List<AgendaDocument> papersFor(Audience audience) {
        if (audience == Audience.PUBLIC && exempt()) {
            return List.of();
        }
        return documents.stream().flatMap(d -> d.inPrintOrder(audience).stream()).toList();
    }

    /** The item number without a sub-item letter: "7" for "7a". */
    public String groupNumber() {
        return ItemNumbers.group(number);
    }

    public boolean isSubItem() {
        return !groupNumber().equals(number);
    }
}
