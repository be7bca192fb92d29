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
import org.packpress.model.style.FrontSheetStyle;
import org.packpress.model.style.HouseStyle;
import org.packpress.render.text.OfficerTemplates;
import org.packpress.render.text.StyledText;
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

    /** A body that heads its business as parts: Part 1 first, Part 2 after the motion, before the first exempt item. */
    @Test
    void partHeadingsOpenThePublicAndThePrivateBusiness() {
        Body parts = withParts(FrontSheetStyle.PartHeadings.WHEN_PRIVATE);
        List<AgendaRow> rows = rows(parts, item("14", AgendaItemType.URGENT_BUSINESS, "URGENT BUSINESS", null),
                item("16", AgendaItemType.REPORT, "COMPLAINT", 1), item("17", AgendaItemType.REPORT, "ESTATES", 3));

        assertThat(firstLines(rows)).containsExactly(" PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC", "14 URGENT BUSINESS",
                        " EXCLUSION OF THE PRESS AND PUBLIC", " PART 2 – ITEMS TO BE CONSIDERED IN PRIVATE",
                        "16 COMPLAINT", "17 ESTATES");
        assertThat(rows.get(0).getTopic()).startsWith("<b>");
        assertThat(rows(parts, item("14", AgendaItemType.URGENT_BUSINESS, "URGENT BUSINESS", null)))
                .as("an agenda without private business has no parts").extracting(AgendaRow::getItem).containsExactly("14");
        assertThat(rows(withParts(FrontSheetStyle.PartHeadings.ALWAYS),
                item("14", AgendaItemType.URGENT_BUSINESS, "URGENT BUSINESS", null))).extracting(AgendaRow::getItem)
                .containsExactly("", "14");
    }

    /**
     * Exempt items taken before public business: the motion before them, and where the public business resumes the
     * readmission of the press and public (text block {@code agenda-readmission}), then Part 1 again.
     */
    @Test
    void wherePublicBusinessFollowsExemptItemsThePublicAreReadmittedUnderPartOneAgain() {
        AgendaItem[] items = {item("1", AgendaItemType.APOLOGIES, "APOLOGIES", null),
                item("2", AgendaItemType.REPORT, "COMPLAINT", 1), item("3", AgendaItemType.REPORT, "ESTATES", 3),
                item("4", AgendaItemType.REPORT, "BUDGET", null), item("5", AgendaItemType.URGENT_BUSINESS,
                        "URGENT BUSINESS", null)};

        assertThat(firstLines(rows(withParts(FrontSheetStyle.PartHeadings.WHEN_PRIVATE), items))).containsExactly(
                " PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC", "1 APOLOGIES", " EXCLUSION OF THE PRESS AND PUBLIC",
                " PART 2 – ITEMS TO BE CONSIDERED IN PRIVATE", "2 COMPLAINT", "3 ESTATES",
                " READMISSION OF THE PRESS AND PUBLIC", " PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC", "4 BUDGET",
                "5 URGENT BUSINESS");
        List<AgendaRow> plain = rows(items);
        assertThat(firstLines(plain)).as("without part headings").containsExactly("1 APOLOGIES",
                " EXCLUSION OF THE PRESS AND PUBLIC", "2 COMPLAINT", "3 ESTATES", " READMISSION OF THE PRESS AND PUBLIC",
                "4 BUDGET", "5 URGENT BUSINESS");
        assertThat(plain.get(4).getTopic()).startsWith("<b>")
                .contains("The press and public will be readmitted to the meeting for the following items.");
        assertThat(plain.get(4).isExclusion()).isFalse();
    }

    /** Readmitted, the public are excluded again before the next exempt item: by a motion unless the agenda has its own. */
    @Test
    void exemptItemsAfterTheReadmissionAreMovedIntoPrivateAgain() {
        assertThat(firstLines(rows(item("2", AgendaItemType.REPORT, "COMPLAINT", 1),
                item("4", AgendaItemType.REPORT, "BUDGET", null), item("6", AgendaItemType.REPORT, "ESTATES", 3))))
                .containsExactly(" EXCLUSION OF THE PRESS AND PUBLIC", "2 COMPLAINT",
                        " READMISSION OF THE PRESS AND PUBLIC", "4 BUDGET", " EXCLUSION OF THE PRESS AND PUBLIC",
                        "6 ESTATES");
        assertThat(firstLines(rows(item("1", AgendaItemType.EXCLUSION, "EXCLUSION OF THE PRESS AND PUBLIC", null),
                item("2", AgendaItemType.REPORT, "COMPLAINT", 1), item("4", AgendaItemType.REPORT, "BUDGET", null),
                item("6", AgendaItemType.REPORT, "ESTATES", 3)))).containsExactly(
                        "1 EXCLUSION OF THE PRESS AND PUBLIC", "2 COMPLAINT", " READMISSION OF THE PRESS AND PUBLIC",
                        "4 BUDGET", "6 ESTATES");
    }

    /** A body that numbers the readmission as an item of its own ({@code type: readmission}) gets no second one. */
    @Test
    void aReadmissionItemIsTheOnlyReadmissionOnTheFrontSheet() {
        List<AgendaRow> rows = rows(withParts(FrontSheetStyle.PartHeadings.WHEN_PRIVATE),
                item("1", AgendaItemType.EXCLUSION, "EXCLUSION OF THE PRESS AND PUBLIC", null),
                item("2", AgendaItemType.REPORT, "COMPLAINT", 1),
                item("3", AgendaItemType.READMISSION, "READMISSION OF THE PRESS AND PUBLIC", null),
                item("4", AgendaItemType.REPORT, "BUDGET", null));

        assertThat(firstLines(rows)).containsExactly(" PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC",
                "1 EXCLUSION OF THE PRESS AND PUBLIC", " PART 2 – ITEMS TO BE CONSIDERED IN PRIVATE", "2 COMPLAINT",
                " PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC", "3 READMISSION OF THE PRESS AND PUBLIC", "4 BUDGET");
        assertThat(rows.get(5).getTopic()).contains("To readmit the press and public to the meeting.");
    }

    /** Each row's item label and the first line of its topic. */
    private static List<String> firstLines(List<AgendaRow> rows) {
        return rows.stream().map(row -> row.getItem() + " " + StyledText.plain(row.getTopic()).lines().findFirst()
                .orElseThrow()).toList();
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
        return rows(PANEL, items);
    }

    private List<AgendaRow> rows(Body body, AgendaItem... items) {
        return frontSheet.rows(body, LocalDate.of(2025, 2, 3),
                new FrontSheet.Content("AGENDA", null, List.of(items), List.of(), Audience.PUBLIC));
    }

    private static Body withParts(FrontSheetStyle.PartHeadings headings) {
        FrontSheetStyle style = new FrontSheetStyle(null, null, null, null, null, null, null, null, null, null, headings);
        return new Body("p", "A Panel", "AP", Body.BodyKind.PANEL, null, null, null, Map.of(), List.of(), List.of(),
                List.of(new HouseStyle(null, style, null, null, null, null, null, null, null, null, null, null,
                        null, null)));
    }

    private static AgendaItem item(String number, AgendaItemType type, String title, Integer exempt) {
        return new AgendaItem(number, type, title, null, null, LocalTime.of(20, 45), null,
                exempt == null ? List.of() : List.of(exempt), List.of());
    }
}
