package org.packpress.documents.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.model.minutes.Minutes;

/** The line after the attendance counts the others present in plural nouns English would write. */
class AttendanceWordingTest {

    @Test
    void othersArePluralisedByTheHeadNounAndItsEnding() {
        String others = AttendanceWording.others(List.of(new Minutes.OtherAttendees(2, "member of the press"),
                new Minutes.OtherAttendees(3, "witness"), new Minutes.OtherAttendees(2, "deputy"),
                new Minutes.OtherAttendees(1, "webcaster"), new Minutes.OtherAttendees(4, "observer"),
                new Minutes.OtherAttendees(2, "Head of Finance"), new Minutes.OtherAttendees(5, "day")));

        assertThat(others).isEqualTo("two members of the press, three witnesses, two deputies, one webcaster, "
                + "four observers, two Heads of Finance and five days");
    }

    @Test
    void aGroupOfOneRoleInTheBoardsApologiesTakesTheRolesPlural() {
        assertThat(AttendanceWording.plural("Board Member")).isEqualTo("Board Members");
        assertThat(AttendanceWording.plural("Chief Superintendent")).isEqualTo("Chief Superintendents");
    }
}
