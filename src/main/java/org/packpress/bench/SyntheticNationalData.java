package org.packpress.bench;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.ComparatorGroup;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.Unit;

/** A national performance data set in memory: forces × indicators × months of made-up monthly figures. */
final class SyntheticNationalData {

    private SyntheticNationalData() {
    }

    static PerformanceData of(int forces, int indicators, int months) {
        List<Area> areas = new ArrayList<>();
        areas.add(new Area("ew", "England and Wales", null, "national", List.of()));
        for (int f = 1; f <= forces; f++) {
            areas.add(new Area("force-" + f, "Police force " + f, null, "force", List.of()));
        }
        List<String> similar = new ArrayList<>();
        for (int f = 2; f <= Math.min(forces, 8); f++) {
            similar.add("force-" + f);
        }
        ComparatorGroup group = new ComparatorGroup("msf", "Most similar forces", "its most similar forces", "force-1",
                "ew", similar);
        List<Indicator> list = new ArrayList<>();
        List<Observation> observations = new ArrayList<>(forces * indicators * months);
        YearMonth first = YearMonth.of(2020, 4);
        for (int i = 1; i <= indicators; i++) {
            boolean rate = i % 2 == 1;
            Measure measure = new Measure("value", "Measure " + i, Unit.parse(rate ? "per 1000" : "count"), rate ? 1 : 0,
                    null, null, null);
            list.add(new Indicator(i, "Benchmark indicator " + i, null, null, null,
                    i % 3 == 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, List.of(measure), "value",
                    "force-1", i % 4 == 0 ? "msf" : null, null, null, List.of()));
            for (int f = 1; f <= forces; f++) {
                for (int t = 0; t < months; t++) {
                    YearMonth month = first.plusMonths(t);
                    double value = 40 + ((i * 37 + f * 13 + t * 11) % 89) + (rate ? 0.3 : 0);
                    observations.add(new Observation(i, "value", "force-" + f, new Period(Period.Kind.MONTH, month),
                            month.toString(), BigDecimal.valueOf(value), null, "benchmark", null));
                }
            }
        }
        Plan plan = new Plan("national-bench", "benchmark", "Benchmark national plan", List.of(), areas, List.of(group),
                list, null);
        return new PerformanceData(plan, observations, List.of(), List.of());
    }
}
