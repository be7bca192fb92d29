package org.packpress.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.packpress.model.PrivateBusiness.Change.EXCLUDED;
import static org.packpress.model.PrivateBusiness.Change.NONE;
import static org.packpress.model.PrivateBusiness.Change.READMITTED;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an agenda's business passes between public and private, read from its items' exempt flags only. */
class PrivateBusinessTest {

    @Test
    void thePublicAreExcludedBeforeEachRunOfExemptItemsAndReadmittedAfterIt() {
        List<AgendaItem> items = List.of(item("1", AgendaItemType.APOLOGIES, false),
                item("2", AgendaItemType.REPORT, true), item("3", AgendaItemType.REPORT, true),
                item("4", AgendaItemType.REPORT, false), item("5", AgendaItemType.REPORT, false),
                item("6", AgendaItemType.REPORT, true));

        assertThat(PrivateBusiness.changes(items)).containsExactly(NONE, EXCLUDED, NONE, READMITTED, NONE, EXCLUDED);
        assertThat(PrivateBusiness.changes(List.of(item("1", AgendaItemType.REPORT, true))))
                .as("an agenda that opens in private").containsExactly(EXCLUDED);
        assertThat(PrivateBusiness.changes(List.of(item("1", AgendaItemType.REPORT, false)))).containsExactly(NONE);
    }

    @Test
    void theAgendasOwnMotionIsItsFirstExclusionItemAndTheExemptItemsBeforeItAreOutOfOrder() {
        AgendaItem early = item("2", AgendaItemType.REPORT, true);
        AgendaItem motion = item("3", AgendaItemType.EXCLUSION, false);
        List<AgendaItem> items = List.of(item("1", AgendaItemType.APOLOGIES, false), early, motion,
                item("4", AgendaItemType.REPORT, true));

        assertThat(PrivateBusiness.ownMotion(items)).contains(motion);
        assertThat(PrivateBusiness.beforeOwnMotion(items)).containsExactly(early);
        assertThat(PrivateBusiness.beforeOwnMotion(List.of(early))).as("no motion of its own").isEmpty();
        assertThat(PrivateBusiness.changes(items)).as("no readmission after an item the public were not excluded from")
                .containsExactly(NONE, EXCLUDED, NONE, EXCLUDED);
    }

    /**
     * A members' private session is neither public nor exempt business: the public are neither excluded nor
     * readmitted for it, and the items around it are ordered as if it were not there.
     */
    @Test
    void aPrivateSessionChangesNothingWhereverItIsListed() {
        AgendaItem session = item("9", AgendaItemType.PRIVATE_SESSION, false);
        assertThat(PrivateBusiness.changes(List.of(item("1", AgendaItemType.REPORT, false), session)))
                .as("after public business: no exclusion").containsExactly(NONE, NONE);
        assertThat(PrivateBusiness.changes(List.of(item("1", AgendaItemType.REPORT, true), session,
                item("3", AgendaItemType.REPORT, true), item("4", AgendaItemType.REPORT, false))))
                .as("between exempt items: no readmission, and none needed again after it")
                .containsExactly(EXCLUDED, NONE, NONE, READMITTED);
        assertThat(PrivateBusiness.changes(List.of(session, item("2", AgendaItemType.REPORT, false))))
                .as("before the meeting opens").containsExactly(NONE, NONE);
    }

    private static AgendaItem item(String number, AgendaItemType type, boolean exempt) {
        return new AgendaItem(number, type, "Item " + number, null, null, null, null,
                exempt ? List.of(1) : List.of(), List.of());
    }
}
