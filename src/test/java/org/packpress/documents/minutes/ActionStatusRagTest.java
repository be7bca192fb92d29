package org.packpress.documents.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.packpress.documents.minutes.ActionStatus.Rag;

/** The action tracker's red/amber/green rule, at its edges (as of Monday 15 January 2024). */
class ActionStatusRagTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 15);
    private static final LocalDate RECENT = AS_OF.minusDays(10);

    @Test
    void aCompletedActionHasNoRating() {
        assertThat(ActionStatus.rag(ActionStatus.COMPLETED, AS_OF.minusDays(100), RECENT, AS_OF)).isNull();
    }

    @Test
    void anActionPastItsDeadlineIsRed() {
        assertThat(ActionStatus.rag(ActionStatus.OUTSTANDING, AS_OF.minusDays(1), RECENT, AS_OF)).isEqualTo(Rag.RED);
    }

    @Test
    void anActionDueWithinThirtyOneDaysIsAmber() {
        assertThat(ActionStatus.rag(ActionStatus.OUTSTANDING, AS_OF, RECENT, AS_OF)).isEqualTo(Rag.AMBER);
        assertThat(ActionStatus.rag(ActionStatus.OUTSTANDING, AS_OF.plusDays(31), RECENT, AS_OF)).isEqualTo(Rag.AMBER);
    }

    @Test
    void anActionDueLaterIsGreen() {
        assertThat(ActionStatus.rag(ActionStatus.OUTSTANDING, AS_OF.plusDays(32), RECENT, AS_OF)).isEqualTo(Rag.GREEN);
    }

    @Test
    void anUndatedActionTurnsAmberAfterNinetyDaysWithoutAnUpdate() {
        assertThat(ActionStatus.rag(ActionStatus.OUTSTANDING, null, AS_OF.minusDays(89), AS_OF)).isEqualTo(Rag.GREEN);
        assertThat(ActionStatus.rag(ActionStatus.OUTSTANDING, null, AS_OF.minusDays(90), AS_OF)).isEqualTo(Rag.AMBER);
    }
}
