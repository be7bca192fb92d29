package org.packpress.documents.annualreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.packpress.common.DateStyles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packpress.common.PackPressProperties;
import org.packpress.model.Body;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.ComparatorGroup;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.ReviewFigures;
import org.packpress.model.performance.Status;
import org.packpress.model.performance.StatusRule;
import org.packpress.model.performance.Unit;
import org.packpress.render.text.OfficerTemplates;
import org.packpress.render.text.TextBlocks;
import org.springframework.boot.context.properties.bind.Binder;

/** The generated sentences, on their own, in the house style of the annual report. */
class ReviewWordingTest {

    static final Measure RATE = new Measure("rate", "Total recorded crime rate (excluding fraud)", Unit.parse("per 1000"),
            1, null, null, null);
    static final Area WM = new Area("wm", "West Midlands", "the West Midlands", "force", List.of());
    static final TextBlocks BLOCKS = new TextBlocks(new OfficerTemplates(new Binder().bindOrCreate("packpress",
            PackPressProperties.class)));
    /** The default wording: the text blocks of a body that overrides none. */
    static final ReviewWording WORDING = wording(Map.of());

    @Test
    void describesAnIncreaseOnTheEarlierPeriod() {
        assertThat(WORDING.change(RATE, WM, new BigDecimal("86.9"), new BigDecimal("85.5"),
                Period.parse("year ending June 2020"))).isEqualTo("The rate of 86.9 for the West Midlands was an "
                        + "increase on the 85.5 reported for the year ending June 2020.");
    }

    @Test
    void describesADecreaseAndGivesThePercentageForCounts() {
        Measure members = new Measure("m", "Members", Unit.parse("count"), 0, null, null, null);
        assertThat(WORDING.change(members, WM, new BigDecimal("77999"), new BigDecimal("107478"),
                Period.parse("Nov-20"))).isEqualTo("The figure of 77,999 for the West Midlands was a decrease of "
                        + "27.4% on the 107,478 reported for November 2020.");
        assertThat(WORDING.change(RATE, WM, new BigDecimal("85.5"), new BigDecimal("85.5"), Period.parse("2019")))
                .isEqualTo("The rate of 85.5 for the West Midlands was the same as the 85.5 reported for 2019.");
    }

    @Test
    void comparesWithTheNationalRateAndTheGroup() {
        IndicatorTable table = crimeRates(83.5, 86.9, 91.7, 94.2);
        assertThat(WORDING.sentences(plan(), table, new ReviewFigures())).containsExactly(
                "Total recorded crime rate (excluding fraud) for West Midlands was 86.9 per 1,000 in the year ending "
                        + "September 2020.",
                "Whilst this is 3.4 points above the rate for England and Wales, it is the lowest when compared to "
                        + "the most similar force areas (MSF) and the Metropolitan Police.",
                "The rate of 86.9 for the West Midlands was an increase on the 85.5 reported for the year ending June 2020.");
        assertThat(StatusRule.suggest(table)).isEqualTo(Status.MET);
    }

    @Test
    void saysWhereTheHomeAreaRanksWhenItIsNotFirst() {
        IndicatorTable table = crimeRates(90.0, 92.0, 91.7, 94.2);
        List<String> sentences = WORDING.sentences(plan(), table, new ReviewFigures());
        assertThat(sentences.get(1)).isEqualTo("This is 2.0 points above the rate for "
                + "England and Wales; it is ranked 2 of 3 when compared to the most similar force areas (MSF) and the "
                + "Metropolitan Police.");
        assertThat(StatusRule.suggest(table)).isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void writesValuesByUnit() {
        assertThat(ReviewWording.value(new BigDecimal("45.83"), new Measure("p", "%", Unit.parse("percent"), 1, null,
                null, null))).isEqualTo("45.8%");
        assertThat(ReviewWording.value(new BigDecimal("2299563"), new Measure("c", "n", Unit.parse("count"), 0, null,
                null, null))).isEqualTo("2,299,563");
        assertThat(ReviewWording.value(new BigDecimal("1250"), new Measure("m", "£", Unit.parse("money"), 0, null,
                null, null))).isEqualTo("£1,250");
        assertThat(ReviewWording.value(new BigDecimal("-250000"), new Measure("m", "£", Unit.parse("money"), 0, null,
                null, null))).isEqualTo("-£250,000");
    }

    /** An overspend that shrinks is an increase, by the change over the size of the earlier figure. */
    @Test
    void describesAChangeFromANegativeFigureByItsSize() {
        Measure variance = new Measure("v", "Variance from budget", Unit.parse("money"), 0, null, null, null);
        assertThat(WORDING.change(variance, WM, new BigDecimal("-100000"), new BigDecimal("-250000"),
                Period.parse("Q2 2023/24"))).isEqualTo("The figure of -£100,000 for the West Midlands was an increase"
                        + " of 60.0% on the -£250,000 reported for 2023/24 Q2.");
    }

    @Test
    void aBodyWordsTheSentencesAndTheirWordsItsOwnWayAndTheFiguresRecordWhatItPrints() {
        ReviewWording own = wording(Map.of(
                "review-sentence-total", "In {{period}} the total of {{measure}} was {{value}}{{flag}}.",
                "review-sentence-change-percent", "Compared with {{period}} ({{earlier}}), {{area}} saw {{direction}} "
                        + "of {{percent}} to {{value}}.",
                "review-change-increase", "a rise",
                "review-sentence-spread", "{{first-area}} had the {{first}} ({{first-change}}); {{second-area}} the "
                        + "{{second}} ({{second-change}}).",
                "review-superlative-largest-increase", "biggest rise",
                "review-superlative-smallest-increase", "smallest rise"));
        ReviewFigures figures = new ReviewFigures();

        List<String> sentences = own.sentences(partsPlan(), hiddenCrimes(), figures);

        assertThat(sentences).containsExactly("In 2021 the total of Hidden crimes was 152.",
                "Compared with 2020 (100), the West Midlands saw a rise of 52.0% to 152.",
                "Dudley had the biggest rise (100.0%); Walsall the smallest rise (20.0%).");
        assertThat(figures.headlines()).extracting(ReviewFigures.Headline::shown).containsExactly(sentences.get(0));
        assertThat(figures.changes()).extracting(ReviewFigures.Change::shown).containsExactly(sentences.get(1));
        assertThat(figures.superlatives()).extracting(s -> s.kind() + " " + s.area() + ": " + s.shown())
                .containsExactly("LARGEST_INCREASE dudley: " + sentences.get(2), "SMALLEST_INCREASE walsall: " + sentences.get(2));
        assertThat(WORDING.sentences(partsPlan(), hiddenCrimes(), new ReviewFigures())).as("the default wording")
                .containsExactly("Hidden crimes totalled 152 in 2021.",
                        "The figure of 152 for the West Midlands was an increase of 52.0% on the 100 reported for "
                                + "2020.",
                        "The largest increase was in Dudley (100.0%) and the smallest in Walsall (20.0%).");
    }

    /** The wording of a body with these text blocks of its own. */
    static ReviewWording wording(Map<String, String> textBlocks) {
        return new ReviewWording(new ReviewLabels(new Body("wording-board", "Wording Board", null, Body.BodyKind.BOARD,
                null, null, null, textBlocks, List.of(), List.of(), List.of()), BLOCKS, DateStyles.UK));
    }

    private static Plan plan() {
        List<Area> areas = List.of(new Area("ew", "England and Wales", null, "national", List.of()), WM,
                new Area("met", "Metropolitan Police", "the Metropolitan Police", "force", List.of()),
                new Area("mer", "Merseyside", null, "force", List.of()));
        ComparatorGroup group = new ComparatorGroup("g", "MSF and the Met",
                "the most similar force areas (MSF) and the Metropolitan Police", "wm", "ew", List.of("met", "mer"));
        Indicator indicator = new Indicator(1, "Lower crime", null, null, null, Direction.LOWER_IS_BETTER,
                List.of(RATE), "rate", "wm", "g", null, null, List.of());
        return new Plan("b", "p", "Plan", List.of(), areas, List.of(group), List.of(indicator), null);
    }

    /** A plan whose indicator 2 counts hidden crimes in two parts of the West Midlands, which are their total. */
    private static Plan partsPlan() {
        Measure count = new Measure("n", "Hidden crimes", Unit.parse("count"), 0, null, null, null);
        Indicator indicator = new Indicator(2, "Hidden crimes", null, null, null, Direction.LOWER_IS_BETTER,
                List.of(count), "n", "wm", null, "wm", null, List.of());
        return new Plan("b", "p", "Plan", List.of(), List.of(WM, new Area("dudley", "Dudley", null, "npu", List.of()),
                new Area("walsall", "Walsall", null, "npu", List.of())), List.of(), List.of(indicator), null);
    }

    /** Dudley from 40 to 80, Walsall from 60 to 72: the West Midlands from 100 to 152 (their sum). */
    private static IndicatorTable hiddenCrimes() {
        List<Observation> obs = new ArrayList<>();
        String[] areas = {"dudley", "dudley", "walsall", "walsall"};
        String[] years = {"2020", "2021", "2020", "2021"};
        int[] values = {40, 80, 60, 72};
        for (int i = 0; i < areas.length; i++) {
            obs.add(new Observation(2, "n", areas[i], Period.parse(years[i]), "x", BigDecimal.valueOf(values[i]), null,
                    null, null));
        }
        Plan plan = partsPlan();
        return new IndicatorTable(plan, plan.indicators().get(0), obs);
    }

    private static IndicatorTable crimeRates(double ew, double wm, double met, double mer) {
        Period sep = Period.parse("year ending September 2020");
        List<Observation> obs = new ArrayList<>();
        String[] ids = {"ew", "wm", "met", "mer"};
        double[] values = {ew, wm, met, mer};
        for (int i = 0; i < ids.length; i++) {
            obs.add(new Observation(1, "rate", ids[i], sep, "x", BigDecimal.valueOf(values[i]), null, null, null));
        }
        obs.add(new Observation(1, "rate", "wm", Period.parse("year ending June 2020"), "x", new BigDecimal("85.5"),
                null, null, null));
        Plan plan = plan();
        return new IndicatorTable(plan, plan.indicators().get(0), obs);
    }
}
