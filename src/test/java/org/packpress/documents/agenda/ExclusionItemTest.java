package org.packpress.documents.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packpress.common.PackPressProperties;
import org.packpress.model.AgendaItem;
import org.packpress.model.AgendaItemType;
import org.packpress.model.Audience;
import org.packpress.model.Body;
import org.packpress.render.text.OfficerTemplates;
import org.packpress.render.text.TextBlocks;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Many Panels move the exclusion of the press and public as a numbered item of the agenda. An item of type
 * {@code exclusion} is that motion: the front sheet then adds no exclusion row of its own before the exempt items.
 */
class ExclusionItemTest {

    private static final Body PANEL = new Body("p", "A Panel", "AP", Body.BodyKind.PANEL, null, null, null,
            Map.of(), List.of(), List.of(), List.of());
    private final FrontSheet frontSheet = new FrontSheet(null, new TextBlocks(new OfficerTemplates(
            new Binder().bindOrCreate("packpress", PackPressProperties.class))));

    @Test
    void anExclusionItemIsTheOnlyExclusionOnTheFrontSheet() {
        List<AgendaRow> rows = rows(item("14", AgendaItemType.URGENT_BUSINESS, "URGENT BUSINESS", null),
                item("15", AgendaItemType.EXCLUSION, "EXCLUSION OF THE PRESS AND PUBLIC", null),
                item("16", AgendaItemType.REPORT, "COMPLAINT", 1), item("17", AgendaItemType.REPORT, "ESTATES", 3));

        assertThat(rows).extracting(AgendaRow::getItem).containsExactly("14", "15", "16", "17");
        assertThat(rows).noneMatch(AgendaRow::isExclusion);
        assertThat(rows.get(1).getTopic()).contains("EXCLUSION OF THE PRESS AND PUBLIC")
                .contains("To resolve that the press and public be excluded from the meeting for the following items");
    }

    /** An exempt item listed before the motion (a check warns of it) gets no second, unnumbered motion either. */
    @Test
    void anExemptItemBeforeTheExclusionItemGetsNoMotionOfItsOwn() {
        List<AgendaRow> rows = rows(item("3", AgendaItemType.REPORT, "COMPLAINT", 1),
                item("4", AgendaItemType.EXCLUSION, "EXCLUSION OF THE PRESS AND PUBLIC", null));

        assertThat(rows).extracting(AgendaRow::getItem).containsExactly("3", "4");
        assertThat(rows).noneMatch(AgendaRow::isExclusion);
    }

    @Test
    void withoutAnExclusionItemTheFrontSheetAddsTheExclusionRowBeforeTheFirstExemptItem() {
        List<AgendaRow> rows = rows(item("14", AgendaItemType.URGENT_BUSINESS, "URGENT BUSINESS", null),
                item("16", AgendaItemType.REPORT, "COMPLAINT", 1), item("17", AgendaItemType.REPORT, "ESTATES", 3));

        assertThat(rows).extracting(AgendaRow::getItem).containsExactly("14", "", "16", "17");
        assertThat(rows.get(1).isExclusion()).isTrue();
        assertThat(rows.get(1).getTopic()).contains("EXCLUSION OF THE PRESS AND PUBLIC");
    }

    private List<AgendaRow> rows(AgendaItem... items) {
        return frontSheet.rows(PANEL, LocalDate.of(2025, 2, 3),
                new FrontSheet.Content("AGENDA", null, List.of(items), List.of(), Audience.PUBLIC));
    }

    private static AgendaItem item(String number, AgendaItemType type, String title, Integer exempt) {
        return new AgendaItem(number, type, title, null, null, LocalTime.of(20, 45), null,
                exempt == null ? List.of() : List.of(exempt), List.of());
    }
}
