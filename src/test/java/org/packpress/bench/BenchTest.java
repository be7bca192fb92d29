package org.packpress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.packpress.testing.ChildJvms;
import org.packpress.testing.PdfInspection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs every workload of the bench at a tiny size, so the bench cannot rot. Nothing here is timed: the
 * checks are on what the workloads produced and on the shape of the report. It runs as {@code packpress bench}
 * does, with the profile {@value BenchEnvironment#PROFILE} (a store and layout cache of its own in a temporary
 * folder), so it shares nothing with the other tests and runs beside them: most of its time is commands and a
 * service in new JVMs that it waits for.
 */
@SpringBootTest
@ActiveProfiles(BenchEnvironment.PROFILE)
@DirtiesContext
@Execution(ExecutionMode.CONCURRENT)
class BenchTest {

    @TempDir
    static Path benchWork;

    @DynamicPropertySource
    static void benchFolder(DynamicPropertyRegistry registry) {
        registry.add(BenchEnvironment.WORK, () -> benchWork.toString());
        registry.add("packpress.out-dir", () -> benchWork.resolve("out").toString());
        registry.add("packpress.upload-dir", () -> benchWork.resolve("uploads").toString());
    }

    /**
     * The bench's commands and service start as the suite's other PackPress processes do: from jars, mapping the
     * class-data archive the first command wrote ({@link ChildJvms}), which saves each about a quarter of its CPU.
     */
    @TestConfiguration
    static class CommandsLikeTheSuitesChildJvms {

        @Bean
        NewJvm.ClassPath childJvmClassPath() {
            return new NewJvm.ClassPath() {
                @Override
                public List<String> options(boolean runsToItsEnd) {
                    return ChildJvms.options(runsToItsEnd);
                }

                @Override
                public void ended(List<String> options) {
                    ChildJvms.ended(options);
                }
            };
        }
    }

    @Autowired
    Workloads workloads;

    @TempDir
    Path work;

    @Test
    void everyWorkloadRunsAtATinySizeAndIsReported() throws Exception {
        List<Workload> all = workloads.create(BenchSize.TINY, Path.of("examples"), Set.of());
        assertThat(all).extracting(Workload::id).containsExactly("W1", "W2", "W2x2", "W3", "W4", "W5", "W6", "W7",
                "W8", "W9", "W10", "W11", "W12");
        LargePackWorkload w2 = (LargePackWorkload) all.get(1);
        w2.keepingOutput();

        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Report report = new BenchRunner(new PrintStream(progress, true), BenchSize.TINY.warmUpSeconds).run(all, 1, work);

        assertThat(report.results()).extracting(Result::id).containsExactly("W1", "W2", "W2x2", "W3", "W4", "W5", "W6", "W7",
                "W8", "W9", "W10", "W11", "W12");
        Result sample = report.results().get(0);
        assertThat(sample.unit()).isEqualTo("pages");
        assertThat(sample.units()).isBetween(50L, 100L);
        Result nightly = report.results().get(3);
        assertThat(nightly.unit()).isEqualTo("pages");
        assertThat(nightly.units()).as("4 meetings (the workload checks that all 4 packs were built)").isPositive();
        Result workbook = report.results().get(4);
        assertThat(workbook.unit()).isEqualTo("rows");
        assertThat(workbook.units()).isEqualTo(3 * 4 * 6);
        Result cold = report.results().get(5);
        assertThat(cold.units()).as("the new JVM builds the same sample pack").isEqualTo(sample.units());
        assertThat(work.resolve("W5/layouts")).as("the tiny bench's commands use the layouts its process compiled")
                .doesNotExist();
        assertThat(cold.peakHeapMb()).as("another process's heap is not measured here").isNull();
        Result imported = report.results().get(6);
        assertThat(imported.unit()).isEqualTo("rows");
        assertThat(imported.units()).as("the workload checks that every row was stored").isEqualTo(3 * 4 * 6);
        Result validation = report.results().get(7);
        assertThat(validation.unit()).isEqualTo("PDFs");
        assertThat(validation.units()).as("the pack and its two attachments (the workload checks all are accessible)")
                .isGreaterThanOrEqualTo(3);
        coldCommandsAndPeers(report);
        List<Result> inProcess = new java.util.ArrayList<>(report.results().subList(0, 5));
        inProcess.add(imported);
        inProcess.add(validation);
        for (Result r : inProcess) {
            assertThat(r.seconds()).hasSize(1);
            assertThat(r.medianSeconds()).isPositive().isEqualTo(r.worstSeconds());
            assertThat(r.peakHeapMb()).isGreaterThanOrEqualTo(r.peakAfterGcMb()).isPositive();
            assertThat(r.coresBusy()).isNotNegative();
        }
        // the process CPU time the JVM reports advances in steps: a tiny run may fall between two of them
        assertThat(inProcess).as("CPU time is measured").anyMatch(r -> r.coresBusy() > 0);
        for (Result r : report.results().subList(0, 3)) {
            assertThat(r.warmRun()).as("W1 and W2 say where their time goes").isNotEmpty();
        }
        Result larger = report.results().get(2);
        assertThat(larger.units()).isGreaterThan(report.results().get(1).units());
        theLargePackHasPublicAndConfidentialVersions(w2);

        String table = report.table();
        assertThat(table).contains("W1 sample pack, warm", "W2 large pack", "W3 nightly batch",
                "W4 national workbook", "W5 cold start", "W6 national import", "where the time goes",
                "fill layouts (Jasper)", "export PDF (Jasper)", "assemble pack (PDFBox merge, structure, outline)",
                "W7 accessibility report of the sample pack", "after GC ≤ 128 MB");
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertThat(json.get("results")).hasSize(13);
        assertThat(json.get("results").get(1).get("units").asLong()).isEqualTo(report.results().get(1).units());
        assertThat(json.get("cores").asInt()).isPositive();
    }

    /** W8-W12: commands in new JVMs with their peers (qpdf and XlsxWriter are installed where the tests run). */
    private static void coldCommandsAndPeers(Report report) {
        Result largePack = report.results().get(8);
        assertThat(largePack.units()).as("the public and confidential packs' pages").isGreaterThan(report.results().get(1)
                .units() / 2);
        assertThat(largePack.versus().peer()).isEqualTo("qpdf");
        assertThat(largePack.versus().ratio()).as("qpdf merged the same attachments in the same runs").isPositive();
        Result imported = report.results().get(9);
        assertThat(imported.units()).as("W9 checks that every row was stored").isEqualTo(3 * 4 * 6);
        assertThat(imported.versus().ratio()).isPositive();
        Result workbook = report.results().get(10);
        assertThat(workbook.versus().peer()).isEqualTo("XlsxWriter");
        assertThat(workbook.versus().ratio()).isPositive();
        Result help = report.results().get(11);
        assertThat(help.target()).isEqualTo("≤ 0.30 s");
        Result soak = report.results().get(12);
        assertThat(soak.units()).as("1 + 1 builds of each kind, then 1 + 1 more").isEqualTo(4);
        assertThat(soak.measures()).containsKeys("heap after GC after 1 (MB)", "resident memory after 2 (MB)",
                "heap after GC growth", "resident memory growth");
        assertThat(soak.measures().get("heap after GC after 2 (MB)")).isPositive();
        assertThat(report.table()).contains("W12 soak", "× qpdf (", "× XlsxWriter (", "W12 resident memory growth");
    }

    /** W2's last run, kept. */
    private static void theLargePackHasPublicAndConfidentialVersions(LargePackWorkload w2) {
        SyntheticPanel.Shape shape = BenchSize.TINY.largePack;
        List<Path> written = w2.lastWritten();
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("agenda-pack.pdf", "agenda-pack-confidential.pdf");
        Path publicPack = written.stream().filter(p -> p.endsWith("agenda-pack.pdf")).findFirst().orElseThrow();
        Path confidentialPack = written.stream().filter(p -> p.endsWith("agenda-pack-confidential.pdf")).findFirst()
                .orElseThrow();
        try (PdfInspection pub = PdfInspection.open(publicPack);
                PdfInspection conf = PdfInspection.open(confidentialPack)) {
            assertThat(pub.text()).contains("Attached paper 1 – section 1", "Attached paper " + shape.attachments())
                    .doesNotContain(SyntheticPanel.EXEMPT_TITLE);
            assertThat(conf.text()).contains(SyntheticPanel.EXEMPT_TITLE + " 1");
            assertThat(conf.pageCount()).isGreaterThan(pub.pageCount());
            assertThat(pub.pageCount()).isGreaterThanOrEqualTo(w2.attachedPages() + shape.reports() - 1);
        }
        assertThat(w2.output().units()).isEqualTo(PackBuilds.pages(written));
    }

    /** Issue 11's acceptance: W2x4 meets its target only when what it keeps after a collection is at most 128 MB. */
    @Test
    void theLargestPackIsJudgedByItsHeapAfterCollection() {
        Workload w2x4 = workloads.create(BenchSize.FULL, Path.of("examples"), Set.of("W2X4")).get(0);
        assertThat(w2x4.id()).isEqualTo("W2x4");
        Workload.Target target = w2x4.target();
        assertThat(target.describe()).isEqualTo("heap ≤ 256 MB, after GC ≤ 128 MB");
        assertThat(target.metBy(30, true, 200, 128, null)).isTrue();
        assertThat(target.metBy(30, true, 200, 129, null)).as("129 MB kept after collection").isFalse();
        assertThat(target.metBy(30, false, 0, 0, null)).as("a heap not measured meets no heap target").isFalse();
    }
}
