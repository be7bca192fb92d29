package org.packpress.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.packpress.model.performance.Area;
import org.packpress.model.performance.ComparatorGroup;
import org.packpress.model.performance.Indicator;
import org.packpress.model.performance.Measure;
import org.packpress.model.performance.Observation;
import org.packpress.model.performance.PerformanceData;
import org.packpress.model.performance.Plan;

/**
 * The national data set of {@link SyntheticNationalData} as the input files an officer would import: a
 * body folder with {@code body.yaml}, {@code performance/plan.yaml} and one observation table
 * ({@code performance/national.csv}, one row per observation).
 */
public final class SyntheticNationalFiles {

    /** The observation table's path in the body folder. */
    public static final String TABLE = "performance/national.csv";

    private SyntheticNationalFiles() {
    }

    /** Writes the body folder {@code folder} (created) for body {@code bodyId}; returns the data it holds. */
    public static PerformanceData write(Path folder, String bodyId, int forces, int indicators, int months) {
        PerformanceData data = SyntheticNationalData.of(forces, indicators, months);
        try {
            Files.createDirectories(folder.resolve("performance"));
            Files.writeString(folder.resolve("body.yaml"), "id: " + bodyId + "\nname: Benchmark national board\n"
                    + "shortName: BNB\nkind: board\nwebsite: www.example.org\n");
            Files.writeString(folder.resolve("performance/plan.yaml"), planYaml(data.plan()));
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(TABLE), StandardCharsets.UTF_8)) {
                out.write("indicator,measure,area,period,value,source\n");
                for (Observation o : data.observations()) {
                    out.write(o.indicator() + "," + o.measure() + "," + o.area() + "," + o.periodLabel() + ","
                            + o.value().toPlainString() + "," + o.source() + "\n");
                }
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String planYaml(Plan plan) {
        StringBuilder yaml = new StringBuilder("id: " + plan.id() + "\nname: " + plan.name() + "\nareas:\n");
        for (Area a : plan.areas()) {
            yaml.append("  - {id: ").append(a.id()).append(", name: ").append(a.name()).append(", kind: ")
                    .append(a.kind()).append("}\n");
        }
        yaml.append("comparatorGroups:\n");
        for (ComparatorGroup g : plan.groups()) {
            yaml.append("  - {id: ").append(g.id()).append(", name: ").append(g.name()).append(", inSentence: ")
                    .append(g.inSentence()).append(", home: ").append(g.home()).append(", national: ")
                    .append(g.national()).append(", peers: [").append(String.join(", ", g.peers())).append("]}\n");
        }
        yaml.append("indicators:\n");
        for (Indicator i : plan.indicators()) {
            Measure m = i.headline();
            yaml.append("  - number: ").append(i.number()).append("\n    title: ").append(i.title())
                    .append("\n    direction: ").append(i.direction().label().split(" ")[0])
                    .append("\n    headline: {measure: ").append(m.id()).append(", area: ").append(i.headlineArea())
                    .append("}\n");
            if (i.comparatorGroup() != null) {
                yaml.append("    comparatorGroup: ").append(i.comparatorGroup()).append('\n');
            }
            yaml.append("    measures:\n      - {id: ").append(m.id()).append(", title: ").append(m.title())
                    .append(", unit: ").append(m.unit().code()).append(", decimals: ").append(m.decimals()).append("}\n");
        }
        return yaml.toString();
    }
}
