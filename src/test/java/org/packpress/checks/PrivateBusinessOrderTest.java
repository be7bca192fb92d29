package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packpress.checks.rules.PrivateBusinessOrder;
import org.packpress.model.AgendaItem;
import org.packpress.model.AgendaItemType;
import org.packpress.model.Body;

/**
 * An agenda that moves the exclusion of the press and public as an item of its own is warned of an exempt item listed
 * before that motion (found by trying a made-up Police, Fire and Crime Panel, whose private item came first).
 */
class PrivateBusinessOrderTest {

    private final PrivateBusinessOrder rule = new PrivateBusinessOrder();

    @Test
    void anExemptItemBeforeTheMotionIsWarnedOf() {
        assertThat(findings(item("3", AgendaItemType.REPORT, 1), item("4", AgendaItemType.EXCLUSION, null),
                item("5", AgendaItemType.REPORT, 3))).containsExactly(
                        "item 3 | item 3 is exempt but comes before item 4, the motion to exclude the press and public");
    }

    @Test
    void exemptItemsAfterTheMotionOrWithoutOneAreInOrder() {
        assertThat(findings(item("3", AgendaItemType.EXCLUSION, null), item("4", AgendaItemType.REPORT, 1))).isEmpty();
        assertThat(findings(item("3", AgendaItemType.REPORT, 1), item("4", AgendaItemType.REPORT, null))).isEmpty();
    }

    /**
     * Exempt items taken first, after the motion, with the public readmitted for the business after them, are in order
     * (the front sheet marks the readmission); so is an exempt item after the readmission, which the motion may name.
     */
    @Test
    void exemptItemsBeforeTheReadmissionOfThePublicAreInOrder() {
        assertThat(findings(item("1", AgendaItemType.APOLOGIES, null), item("2", AgendaItemType.EXCLUSION, null),
                item("3", AgendaItemType.REPORT, 1), item("4", AgendaItemType.REPORT, null),
                item("5", AgendaItemType.REPORT, 3))).isEmpty();
    }

    private List<String> findings(AgendaItem... items) {
        Body body = new Body("order-pcp", "Order Police and Crime Panel", "OPCP", Body.BodyKind.PANEL, null, null, null,
                Map.of(), List.of(), List.of(), List.of());
        return AgendaFindings.of(rule, body, List.of(items));
    }

    private static AgendaItem item(String number, AgendaItemType type, Integer exempt) {
        return new AgendaItem(number, type, "Item " + number, null, null, null, null,
                exempt == null ? List.of() : List.of(exempt), null, List.of());
    }
}
