package org.packpress.documents.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.model.minutes.Minutes;

/** The English grammar of attendance lines: plurals of the kinds of attendee and of roles grouped in apologies. */
class AttendanceWordingTest {

    @Test
    void peopleNotNamedAreCountedInTheirKindsPlural() {
        assertThat(AttendanceWording.others(List.of(new Minutes.OtherAttendees(1, "webcaster"),
                new Minutes.OtherAttendees(4, "observer")))).isEqualTo("one webcaster and four observers");
        assertThat(AttendanceWording.others(List.of(new Minutes.OtherAttendees(2, "member of the public"),
                new Minutes.OtherAttendees(3, "press representative"), new Minutes.OtherAttendees(2, "witness"))))
                .isEqualTo("two members of the public, three press representatives and two witnesses");
    }

    @Test
    void aRolesHeadNounTakesThePlural() {
        assertThat(AttendanceWording.plural("Board Member")).isEqualTo("Board Members");
        assertThat(AttendanceWording.plural("Head of Public Protection")).isEqualTo("Heads of Public Protection");
        assertThat(AttendanceWording.plural("Assistant Chief Officer, Resources"))
                .isEqualTo("Assistant Chief Officers, Resources");
        assertThat(AttendanceWording.plural("Deputy Police, Fire and Crime Commissioner"))
                .isEqualTo("Deputy Police, Fire and Crime Commissioners");
        assertThat(AttendanceWording.plural("Chief Executive and Monitoring Officer"))
                .isEqualTo("Chief Executive and Monitoring Officers");
        assertThat(AttendanceWording.plural("Deputy")).isEqualTo("Deputies");
        assertThat(AttendanceWording.plural("Chairman")).isEqualTo("Chairmen");
        assertThat(AttendanceWording.plural("Youth Commissioner (Walsall)")).isEqualTo("Youth Commissioners (Walsall)");
    }
}
