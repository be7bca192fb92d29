package org.packpress.web;

import java.util.List;
import java.util.Optional;

/**
 * The body's data files the workbench edits besides meetings (docs/input-format.md): each meeting's minutes,
 * the action tracker's progress, the key decisions and the work programme. Each is described here once: its
 * fields and lists as the file names them, with the labels the form shows; {@link DataFileForm} turns a file
 * into its form and back, keeping every field not listed here as it was.
 */
public final class DataFiles {

    /** How a field is typed and written back: text as typed, a whole number, numbers "1, 3", a checkbox, a person id. */
    public enum Kind { TEXT, TEXTAREA, NUMBER, NUMBERS, CHECK, PERSON }

    /** A field of the file: its key (dotted for a field of a nested object, as "resolution.text"). */
    public record Field(String key, String label, Kind kind, String hint) {
    }

    /**
     * A list of the file: its key (as "resolution.clauses"), what one entry is called ("decision"), and the
     * entry's fields and lists; a list of plain text values has one field whose key is empty.
     */
    public record Section(String key, String heading, String noun, List<Field> fields, List<Section> sections) {

        boolean scalar() {
            return fields.size() == 1 && fields.get(0).key().isEmpty();
        }
    }

    /** A kind of data file: where it lives in the body folder (without extension), its title and content. */
    public record Spec(String kind, String title, String path, List<Field> fields, List<Section> sections) {
    }

    static final String MINUTES = "minutes";
    static final String TRACKER = "action-tracker";
    static final String DECISIONS = "key-decisions";
    static final String PROGRAMME = "work-programme";

    private static final String DATE = "As 2024-01-15 (year-month-day)";
    private static final String OPTIONAL_DATE = "Optional; as 2024-01-15 (year-month-day)";
    private static final String MARKDOWN = "Markdown: paragraphs, **bold**, *italic*, lists and links";

    private static Field text(String key, String label, String hint) {
        return new Field(key, label, Kind.TEXT, hint);
    }

    private static Field area(String key, String label, String hint) {
        return new Field(key, label, Kind.TEXTAREA, hint);
    }

    private static Field check(String key, String label) {
        return new Field(key, label, Kind.CHECK, null);
    }

    private static List<Field> attendee(String roleHint) {
        return List.of(new Field("person", "Person", Kind.PERSON, null), text("role", "Role", roleHint));
    }

    static final Spec KEY_DECISIONS_FILE = new Spec(DECISIONS, "Key decisions", DECISIONS, List.of(), List.of(
            new Section("decisions", "Decisions", "decision", List.of(
                    text("number", "Number", "As 030-2023 (number-year of its date)"),
                    text("date", "Date", DATE),
                    text("title", "Title", null),
                    text("subject", "Subject", "Completes \"… a decision relating to <subject>.\""),
                    text("url", "Web address", "Optional: the title links here"),
                    check("confidential", "Confidential")), List.of())));

    static final Spec WORK_PROGRAMME_FILE = new Spec(PROGRAMME, "Work programme", PROGRAMME,
            List.of(text("year", "Year", "As 2023/24")), List.of(
            new Section("items", "Rows of the programme", "row", List.of(
                    text("date", "Date", DATE),
                    text("occasion", "Occasion", "Optional: Member Visit, Conference …"),
                    text("time", "Time", "Optional, as 12:30"),
                    text("place", "Place", "Optional"),
                    area("topic", "Topic", null),
                    area("aims", "Aims", MARKDOWN),
                    area("information", "Information", MARKDOWN),
                    check("statutory", "A statutory duty"),
                    check("standing", "A standing item"),
                    check("provisional", "The date is provisional")), List.of()),
            new Section("menu", "Menu of options for future consideration", "option", List.of(
                    area("topic", "Topic", null),
                    area("aims", "Aims", MARKDOWN),
                    area("information", "Information", MARKDOWN)), List.of())));

    static final Spec TRACKER_FILE = new Spec(TRACKER, "Action tracker", TRACKER, List.of(), List.of(
            new Section("actions", "Actions", "action", List.of(
                    text("ref", "Reference", "The minute and clause, as 774 ii"),
                    text("meeting", "Meeting that set it", "Only for an action whose minutes are not kept as data: " + DATE),
                    area("text", "Action", "Only for an action whose minutes are not kept as data"),
                    text("owner", "Owner", "Optional"),
                    text("programmedFor", "Programmed for the meeting of", OPTIONAL_DATE),
                    text("due", "Due", OPTIONAL_DATE),
                    text("completed", "Completed on", OPTIONAL_DATE)), List.of(
                    new Section("updates", "Updates", "update", List.of(
                            text("date", "Date", DATE),
                            area("note", "Note", MARKDOWN),
                            text("status", "Status", "Optional: a status of the body's house style"),
                            text("meeting", "Meeting", "Only for a status that names a meeting: " + DATE)), List.of())))));

    static final Spec MINUTES_FILE = new Spec(MINUTES, "Minutes", MINUTES, List.of(
            text("firstNumber", "First minute number", "Only when the numbering continues from minutes not kept here"),
            text("ended", "Ended at", "As 16:24"),
            text("nextMeeting", "Next meeting", OPTIONAL_DATE)), List.of(
            new Section("present", "Present", "member present", attendee("Optional: instead of the membership's role"), List.of()),
            new Section("alsoPresent", "Also present", "person also present", attendee("Optional: instead of the job title"), List.of()),
            new Section("apologies", "Apologies", "apology", attendee("Optional"), List.of()),
            new Section("otherAttendees", "Other attendees", "group of attendees", List.of(
                    new Field("count", "How many", Kind.NUMBER, null),
                    text("kind", "Kind", "As observer")), List.of()),
            new Section("declarations", "Declarations of interest", "declaration", List.of(
                    new Field("person", "Person", Kind.PERSON, null),
                    text("kind", "Kind of interest", "As non-pecuniary"),
                    area("description", "Description", null)), List.of()),
            new Section("notes", "Notes", "note", List.of(area("", "Note", MARKDOWN)), List.of()),
            new Section("items", "Minutes", "minute", List.of(
                    text("number", "Number", "As 764, or 077/22"),
                    text("title", "Title", null),
                    text("agendaItem", "Agenda item", "Optional: the number of the agenda item"),
                    text("group", "Group heading", "Optional"),
                    text("standard", "Standard item", "Optional: apologies, declarations or next-meeting"),
                    new Field("exempt", "Exempt: paragraphs of Schedule 12A", Kind.NUMBERS, "Empty for a public minute; as 3, or 1, 3"),
                    text("confirms", "Confirms the minutes of", OPTIONAL_DATE),
                    area("text", "Text", MARKDOWN),
                    text("resolution.preamble", "Resolution: line before the clauses", "Optional, as That"),
                    area("resolution.text", "Resolution", "One unnumbered resolution; or give clauses below")), List.of(
                    new Section("resolution.clauses", "Resolution clauses", "clause", List.of(
                            area("text", "Clause", null)), List.of()),
                    new Section("actions", "Actions", "action", List.of(
                            text("clause", "Clause", "Optional: the resolution clause it came from, as ii"),
                            area("text", "Action", "Required when there is no clause"),
                            text("owner", "Owner", "Optional"),
                            text("due", "Due", OPTIONAL_DATE),
                            text("targetMeeting", "For the meeting of", OPTIONAL_DATE)), List.of())))));

    private static final List<Spec> BODY_FILES = List.of(TRACKER_FILE, KEY_DECISIONS_FILE, WORK_PROGRAMME_FILE);

    private DataFiles() {
    }

    /** The body-wide data file of a kind ("action-tracker", "key-decisions", "work-programme"). */
    static Optional<Spec> bodyFile(String kind) {
        return BODY_FILES.stream().filter(s -> s.kind().equals(kind)).findFirst();
    }

    static List<Spec> bodyFiles() {
        return BODY_FILES;
    }
}
