package org.packpress.checks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.CheckSettings;
import org.packpress.model.Meeting;

/** What a rule finds in one agenda of 15 January 2024 with these items, as "location | message" lines. */
final class AgendaFindings {

    private AgendaFindings() {
    }

    static List<String> of(CheckRule rule, Body body, List<AgendaItem> items) {
        Meeting meeting = new Meeting(body.id(), LocalDate.of(2024, 1, 15), Meeting.MeetingType.ORDINARY,
                LocalTime.of(14, 0), "Room", null, Meeting.MeetingStatus.SCHEDULED, null, null, items, null, false, null);
        Subject subject = new Subject(body, CheckSettings.DEFAULT, List.of(meeting), List.of(), Optional.empty(),
                Optional.empty(), new Subject.Store(new TreeMap<>(), new TreeMap<>(), Optional.empty()));
        List<String> found = new ArrayList<>();
        rule.check(subject, (document, location, field, message) -> found.add(location + " | " + message));
        return found;
    }
}
