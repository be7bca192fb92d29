package org.packpress.documents.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packpress.model.Audience;
import org.packpress.model.AgendaItem;
import org.packpress.model.AgendaItemType;
import org.packpress.model.Body;

/**
 * The front sheet's sub-item titles in the default style: a sub-item prints its own title, and only a
 * title that repeats the one before it in its group is left out (issue 10: "Sub-items print their own title").
 */
class SubItemTitlesTest {

    private static final Body PANEL = new Body("p", "A Panel", "AP", Body.BodyKind.PANEL, null, null, null,
            Map.of(), List.of(), List.of(), List.of());
    private final FrontSheet frontSheet = new FrontSheet(null, null);

    @Test
    void aSubItemWithItsOwnTitlePrintsItAtTheSameTime() {
        List<AgendaRow> rows = rows(item("7a", "CONFIRMATION HEARING"), item("7b", "PANEL RECOMMENDATION"));
        assertThat(rows).extracting(AgendaRow::getItem, AgendaRow::getTime)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7a", "10:30"),
                        org.assertj.core.groups.Tuple.tuple("7b", "10:30"));
        assertThat(rows.get(0).getTopic()).contains("CONFIRMATION HEARING");
        assertThat(rows.get(1).getTopic()).contains("PANEL RECOMMENDATION").doesNotContain("CONFIRMATION");
    }

    @Test
    void aRepeatedTitlePrintsOnceInItsGroupButAgainInTheNextGroup() {
        List<AgendaRow> rows = rows(item("7a", "PLAN UPDATE"), item("7b", "Plan update"), item("8a", "PLAN UPDATE"));
        assertThat(rows.get(0).getTopic()).contains("PLAN UPDATE");
        assertThat(rows.get(1).getTopic()).doesNotContain("PLAN UPDATE").contains("Part of the update");
        assertThat(rows.get(2).getTopic()).contains("PLAN UPDATE");
    }

    private List<AgendaRow> rows(AgendaItem... items) {
        return frontSheet.rows(PANEL, LocalDate.of(2024, 10, 7),
                new FrontSheet.Content("AGENDA", null, List.of(items), List.of(), Audience.PUBLIC));
    }

    private static AgendaItem item(String number, String title) {
        return new AgendaItem(number, AgendaItemType.REPORT, title, "Part of the update.", null, LocalTime.of(10, 30),
                null, null, List.of());
    }
}
