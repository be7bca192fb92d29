package org.packpress.documents.annualreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.ComparatorGroup;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.IndicatorTable;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.Status;
import org.packpress.model.performance.StatusRule;
import org.packpress.model.performance.Unit;

/** The generated sentences, on their own, in the house style of the annual report. */
class ReviewWordingTest {

    static final Measure RATE = new Measure("rate", "Total recorded crime rate (excluding fraud)", Unit.parse("per 1000"),
            1, null, null, null);
    static final Area WM = new Area("wm", "West Midlands", "the West Midlands", "force", List.of());

    @Test
    void describesAnIncreaseOnTheEarlierPeriod() {
        assertThat(ReviewWording.change(RATE, WM, new BigDecimal("86.9"), new BigDecimal("85.5"),
                Period.parse("year ending June 2020"))).isEqualTo("The rate of 86.9 for the West Midlands was an "
                        + "increase on the 85.5 reported for the year ending June 2020.");
    }

    @Test
    void describesADecreaseAndGivesThePercentageForCounts() {
        Measure members = new Measure("m", "Members", Unit.parse("count"), 0, null, null, null);
        assertThat(ReviewWording.change(members, WM, new BigDecimal("77999"), new BigDecimal("107478"),
                Period.parse("Nov-20"))).isEqualTo("The figure of 77,999 for the West Midlands was a decrease of "
                        + "27.4% on the 107,478 reported for November 2020.");
        assertThat(ReviewWording.change(RATE, WM, new BigDecimal("85.5"), new BigDecimal("85.5"), Period.parse("2019")))
                .isEqualTo("The rate of 85.5 for the West Midlands was the same as the 85.5 reported for 2019.");
    }

    @Test
    void comparesWithTheNationalRateAndTheGroup() {
        IndicatorTable table = crimeRates(83.5, 86.9, 91.7, 94.2);
        assertThat(ReviewWording.sentences(plan(), table)).containsExactly(
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
        assertThat(ReviewWording.sentences(plan(), table).get(1)).isEqualTo("This is 2.0 points above the rate for "
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
