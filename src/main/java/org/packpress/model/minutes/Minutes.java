package org.packpress.model.minutes;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What happened at a meeting, recorded once as data: attendance, declarations, the minute items and
 * the closing time. The same record is the input file ({@code minutes/<yyyy-mm-dd>.yaml}) and what
 * the store keeps; see docs/input-format.md.
 *
 * @param meeting the date of the meeting of the body
 * @param present members present, in the order to print (the layout puts the Chair first)
 * @param alsoPresent others present (officers, guests), in order
 * @param apologies members and others who sent apologies
 * @param otherAttendees a count of people attending without being named ("one webcaster")
 * @param notes italic notes printed under the attendance (Board notes), Markdown
 * @param ended the closing time, or null
 * @param nextMeeting the date of the next meeting (Board notes), or null
 * @param firstNumber the first minute's number, stated when the numbering continues from meetings whose
 *     minutes are not in the store (so that the gap before it is meant); null otherwise
 */
public record Minutes(LocalDate meeting, List<Attendee> present, List<Attendee> alsoPresent, List<Attendee> apologies,
        List<OtherAttendees> otherAttendees, List<Declaration> declarations, List<String> notes,
        List<MinuteItem> items, LocalTime ended, LocalDate nextMeeting, String firstNumber) {

    public Minutes {
        present = copy(present);
        alsoPresent = copy(alsoPresent);
        apologies = copy(apologies);
        otherAttendees = copy(otherAttendees);
        declarations = copy(declarations);
        notes = copy(notes);
        items = copy(items);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The items the public may see (those not held after the exclusion of the press and public). */
    public List<MinuteItem> publicItems() {
        return items.stream().filter(i -> i.exempt().isEmpty()).toList();
    }

    /** The items held after the exclusion of the press and public. */
    public List<MinuteItem> exemptItems() {
        return items.stream().filter(i -> !i.exempt().isEmpty()).toList();
    }

    public Optional<MinuteItem> item(String number) {
        return items.stream().filter(i -> i.number().equals(number)).findFirst();
    }

    /** Someone present or absent: a person of the body, with an optional role printed instead of theirs. */
    public record Attendee(@Limit(TextLimit.ID) String person, @Limit(TextLimit.LINE) String role) {
    }

    /** People present but not named: {@code count: 4, kind: observer} prints "four observers". */
    public record OtherAttendees(Integer count, String kind) {
    }

    /** A declaration of interest: {@code kind} such as "non-pecuniary", and what the interest is. */
    public record Declaration(@Limit(TextLimit.ID) String person, @Limit(TextLimit.LINE) String kind, String description) {
    }
}
