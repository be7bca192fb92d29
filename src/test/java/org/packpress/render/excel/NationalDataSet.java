package org.packpress.render.excel;

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
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Period;
import org.packpress.model.performance.Plan;
import org.packpress.model.performance.Unit;

/**
 * Synthetic national data in memory: forces × indicators × months of made-up values, for the
 * workbook's size test and the benchmark. Not real figures.
 */
public final class NationalDataSet {

    private NationalDataSet() {
    }

    public static PerformanceData of(int forces, int indicators, int months) {
        List<Area> areas = new ArrayList<>();
        areas.add(new Area("ew", "England and Wales", null, "national", List.of()));
        for (int f = 1; f <= forces; f++) {
            areas.add(new Area("f" + f, "Force " + f, null, "force", List.of()));
        }
        List<String> peers = new ArrayList<>();
        for (int f = 2; f <= Math.min(forces, 8); f++) {
            peers.add("f" + f);
        }
        ComparatorGroup group = new ComparatorGroup("msf", "Most similar forces", "its most similar forces", "f1", "ew",
                peers);
        List<Indicator> list = new ArrayList<>();
        List<Observation> observations = new ArrayList<>(forces * indicators * months);
        YearMonth first = YearMonth.of(2019, 4);
        for (int i = 1; i <= indicators; i++) {
            Measure m = new Measure("value", "Measure " + i, Unit.parse(i % 2 == 0 ? "count" : "per 1000"), i % 2 == 0 ? 0 : 1,
                    null, null, null);
            list.add(new Indicator(i, "Synthetic indicator " + i, null, null, null,
                    i % 3 == 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, List.of(m), "value", "f1",
                    i % 5 == 0 ? "msf" : null, null, null, List.of()));
            for (int f = 1; f <= forces; f++) {
                for (int t = 0; t < months; t++) {
                    YearMonth month = first.plusMonths(t);
                    double v = 50 + ((i * 31 + f * 17 + t * 7) % 97) + (i % 2 == 0 ? 0 : 0.5);
                    observations.add(new Observation(i, "value", "f" + f, new Period(Period.Kind.MONTH, month),
                            month.toString(), BigDecimal.valueOf(v), null, "synthetic", null));
                }
            }
        }
        Plan plan = new Plan("national", "synthetic", "Synthetic national plan", List.of(), areas, List.of(group), list,
                null);
        return new PerformanceData(plan, observations, List.of(), List.of());
    }
}
