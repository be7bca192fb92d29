package org.packpress.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobs;
import org.packpress.batch.JobRunner;
import org.packpress.model.Audience;
import org.packpress.documents.agenda.FrontSheet;
import org.packpress.documents.agenda.PaperRenderer;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.model.AgendaDocument;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.render.pdf.PackAssembler;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.packpress.minutes.MinutesTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.packpress.testing.FilledRectangles;
import org.packpress.testing.PageBreaks;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.StructureTree;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * Every PDF the README's run command writes (build-samples.sh, run here command by command), and every document
 * type PackPress generates, passes veraPDF's PDF/UA-1 and PDF/A-2a profiles without a single failed rule; the
 * papers of the sample pack pass on their own too. One class, one context: veraPDF costs seconds per document.
 */
@SpringBootTest(properties = MinutesTests.DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDocumentsConformanceTest {

    @Autowired
    ImportService imports;
    @Autowired
    JobRunner jobs;
    @Autowired
    DocumentJobs documents;
    @Autowired
    BodyRepository bodies;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    PaperRenderer papers;
    @Autowired
    FrontSheet frontSheet;
    @Autowired
    CommandLine commandLine;

    @TempDir
    Path out;
    /** Where the run command's builds write, kept for the whole class (the tests read the same PDFs). */
    @TempDir
    static Path sampleOut;
    private Path samples;

    @BeforeAll
    void importExamples() {
        imports.importPaths(List.of(Path.of("examples/wm-pcp"), Path.of("examples/wm-spcb")));
    }

    /**
     * The README's run command, {@code ./build-samples.sh}, as it runs: its import, then each of its builds (into
     * a folder of this test's); then every PDF written, the agenda packs included, validated.
     */
    @Test
    void everyPdfTheRunCommandWritesPassesBothProfiles() {
        List<String> failures = new ArrayList<>();
        for (Path pdf : samplePdfs()) {
            String name = samples.relativize(pdf).toString();
            failures.addAll(VeraPdf.failedRules(pdf).stream()
                    .map(rule -> rule.replaceFirst(Pattern.quote(pdf.getFileName() + ":"), name + ":")).toList());
            failures.addAll(undescribedImages(pdf));
            failures.addAll(popplerComplaints(pdf));
        }
        assertThat(failures).isEmpty();
    }

    /**
     * The same PDFs as a typesetter reads them: no page ends with a lone heading or lead-in ("RESOLVED:-",
     * "… be agreed:") and no table row is split across pages (issue 10, keep-together rules).
     */
    @Test
    void everyPdfTheRunCommandWritesKeepsHeadingsLeadInsAndRowsTogether() {
        List<String> problems = new ArrayList<>();
        for (Path pdf : samplePdfs()) {
            String name = samples.relativize(pdf).toString();
            PageBreaks.problems(pdf).forEach(problem ->
                    problems.add(problem.replaceFirst(Pattern.quote(pdf.getFileName() + ":"), name + ":")));
        }
        assertThat(problems).isEmpty();
    }

    /** Runs the README's run command once for the tests that read what it writes, and lists the PDFs written. */
    private synchronized List<Path> samplePdfs() {
        if (samples == null) {
            samples = sampleOut.resolve("samples");
            List<String[]> commands = runCommand();
            assertThat(commands).extracting(args -> args[0]).contains("import").filteredOn("build"::equals).hasSizeGreaterThan(9);
            for (String[] args : commands) {
                String[] run = args[0].equals("build") ? withOut(args, samples) : args;
                assertThat(commandLine.execute(run)).as(String.join(" ", args)).isZero();
            }
            pdfsUnder(samples).forEach(pdf -> keep(pdf, samples.relativize(pdf).toString().replace('/', '-')));
        }
        List<Path> pdfs = pdfsUnder(samples);
        assertThat(pdfs).extracting(pdf -> samples.relativize(pdf).toString()).contains(
                "wm-pcp/2023-11-13/minutes.pdf", "wm-pcp/2023-12-18/minutes.pdf", "wm-pcp/2024-01-15/action-tracker.pdf",
                "wm-pcp/2024-01-15/agenda-pack.pdf", "wm-spcb/2022-09-27/minutes.pdf",
                "wm-spcb/annual-review/annual-review-2020-21.pdf", "ns-pcp/2024-07-22/minutes.pdf",
                "ns-pcp/2024-10-07/action-tracker.pdf", "ns-pcp/2024-10-07/agenda-pack.pdf");
        return pdfs;
    }

    /** The {@code packpress import ...} and {@code packpress build ...} lines of build-samples.sh, as arguments. */
    private static List<String[]> runCommand() {
        Pattern command = Pattern.compile("(?:\\./)?packpress ((?:import|build) .+)");
        try {
            return Files.readAllLines(Path.of("build-samples.sh")).stream().map(String::strip).map(command::matcher)
                    .filter(Matcher::matches).map(m -> m.group(1).split("\\s+")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] withOut(String[] args, Path out) {
        String[] with = java.util.Arrays.copyOf(args, args.length + 2);
        with[args.length] = "--out";
        with[args.length + 1] = out.toString();
        return with;
    }

    @Test
    void everyGeneratedPaperOfThePackPassesBothProfiles() {
        Body body = bodies.get("wm-pcp");
        Meeting meeting = meetings.get("wm-pcp", LocalDate.of(2024, 1, 15));
        Path work = out.resolve("papers");
        PaperRenderer.Rendered rendered = papers.render(body, meeting, Audience.PUBLIC, work, null,
                AgendaPackBuilder.Progress.NONE);
        Path front = work.resolve("front-sheet.pdf");
        frontSheet.export(frontSheet.fill(body, meeting, new FrontSheet.Content("AGENDA", null, meeting.agenda(),
                List.of(), Audience.PUBLIC)), body, meeting, Audience.PUBLIC, "Agenda – " + body.name(), front);
        List<Path> generated = new ArrayList<>(List.of(front));
        rendered.byItem().values().stream().flatMap(List::stream)
                .filter(p -> !p.origin().endsWith(".pdf"))
                .forEach(p -> generated.add(p.pdf()));
        assertThat(generated).hasSizeGreaterThan(6);
        // the drugs paper's figure at least is shown with its Markdown alt text (not taken for decorative)
        assertThat(generated.stream().mapToLong(GeneratedDocumentsConformanceTest::describedImagesIn).sum()).isPositive();
        assertThat(failures(generated)).isEmpty();
    }

    @Test
    void bothTablesOfTheWorkProgrammeOpenWithScopedHeaderCells() {
        Body body = bodies.get("wm-pcp");
        Meeting meeting = meetings.get("wm-pcp", LocalDate.of(2024, 1, 15));
        PaperRenderer.Rendered rendered = papers.render(body, meeting, Audience.PUBLIC, out.resolve("programme"), null,
                AgendaPackBuilder.Progress.NONE);
        Path workProgramme = rendered.byItem().values().stream().flatMap(List::stream).map(PackAssembler.Paper::pdf)
                .filter(p -> "Work programme".equals(subjectOf(p))).findFirst().orElseThrow();
        keep(workProgramme, workProgramme.getFileName().toString());
        try (PdfInspection pdf = PdfInspection.open(workProgramme)) {
            List<StructureTree.Element> tables = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table")).toList();
            // the programme, then the menu of options
            assertThat(tables).hasSize(2);
            assertThat(tables).allSatisfy(table -> {
                assertThat(table.children()).allSatisfy(row -> assertThat(row.type()).isEqualTo("TR"));
                List<StructureTree.Element> header = table.children().get(0).children();
                assertThat(header).extracting(StructureTree.Element::type).containsOnly("TH");
                assertThat(header).allSatisfy(th -> assertThat(th.attributes()).containsEntry("Scope", "Column"));
            });
            assertThat(tables.get(1).children().get(0).children()).hasSize(3);
            assertThat(pdf.text()).contains("Item/ Topic", "Proposed Aims and Objectives", "Additional Information\n");
            // no page of repeated headings after the last option
            assertThat(pdf.pageText(pdf.pageCount())).contains("Tackling serious violence");
            // the shaded header cells of a row are as tall as its tallest ("Additional Information and Outcome*")
            for (int page = 1; page <= pdf.pageCount(); page++) {
                java.util.Map<Float, java.util.Set<Float>> heightsByTop = new java.util.TreeMap<>();
                FilledRectangles.of(pdf.document().getPage(page - 1)).stream().filter(r -> r.rgb() == 0xD9D9D9)
                        .forEach(r -> heightsByTop.computeIfAbsent(r.y(), y -> new java.util.TreeSet<>()).add(r.height()));
                assertThat(heightsByTop).as("header rows of page %d", page).isNotEmpty()
                        .allSatisfy((top, heights) -> assertThat(heights).hasSize(1));
            }
        }
    }

    @Test
    void minutesHeadingsAreHeadingsAndTheAgendaIsATableWithHeaderCells() {
        build("minutes", DocumentJob.Request.forMeeting("wm-pcp", LocalDate.of(2023, 11, 13)));
        try (PdfInspection pdf = PdfInspection.open(out.resolve("wm-pcp/2023-11-13/minutes.pdf"))) {
            List<StructureTree.Element> tags = StructureTree.all(pdf.document());
            assertThat(tags.get(0).type()).isEqualTo("Document");
            assertThat(tags).filteredOn(e -> e.type().equals("H1")).hasSize(1);
            // minutes 756 to 769, each "<number> <TITLE>" one heading, besides the PRESENT and similar headings
            assertThat(tags).filteredOn(e -> e.type().equals("H2")).hasSizeGreaterThanOrEqualTo(14);
        }
        Body body = bodies.get("wm-pcp");
        Meeting meeting = meetings.get("wm-pcp", LocalDate.of(2024, 1, 15));
        Path front = out.resolve("front-sheet.pdf");
        frontSheet.export(frontSheet.fill(body, meeting, new FrontSheet.Content("AGENDA", null, meeting.agenda(),
                List.of(), Audience.PUBLIC)), body, meeting, Audience.PUBLIC, "Agenda – " + body.name(), front);
        try (PdfInspection pdf = PdfInspection.open(front)) {
            List<StructureTree.Element> tables = StructureTree.all(pdf.document()).stream()
                    .filter(e -> e.type().equals("Table")).toList();
            assertThat(tables).hasSize(1);
            List<StructureTree.Element> rows = tables.get(0).children();
            assertThat(rows).allSatisfy(row -> assertThat(row.type()).isEqualTo("TR"));
            assertThat(rows.get(0).children()).extracting(StructureTree.Element::type).containsOnly("TH");
            assertThat(rows.get(0).children()).allSatisfy(th -> assertThat(th.attributes()).containsEntry("Scope", "Column"));
            // the header row, then one row per agenda item
            assertThat(rows.stream().filter(r -> r.children().get(0).type().equals("TD")).count())
                    .isEqualTo(meeting.agenda().size());
        }
    }

    private void build(String type, DocumentJob.Request request) {
        DocumentJob document = documents.find(type).orElseThrow();
        jobs.run(document.job(), document.parameters(request, out));
    }

    /** veraPDF's failed rules, and every image or Figure a screen reader gets no alternative text for. */
    private static List<String> failures(List<Path> pdfs) {
        List<String> failures = new ArrayList<>();
        pdfs.forEach(pdf -> keep(pdf, pdf.getFileName().toString()));
        pdfs.forEach(pdf -> failures.addAll(VeraPdf.failedRules(pdf)));
        pdfs.forEach(pdf -> failures.addAll(undescribedImages(pdf)));
        return failures;
    }

    private static String subjectOf(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            return inspection.document().getDocumentInformation().getSubject();
        }
    }

    private static long describedImagesIn(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            return ImageDescriptions.of(inspection.document()).stream().filter(i -> !i.artifact() && i.described()).count();
        }
    }

    private static List<String> undescribedImages(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            List<String> found = new ArrayList<>();
            ImageDescriptions.of(inspection.document()).stream().filter(image -> !image.described())
                    .forEach(image -> found.add(pdf.getFileName() + ": page " + image.page() + ": image " + image.name()
                            + " has no alternative text"));
            StructureTree.all(inspection.document()).stream()
                    .filter(e -> e.type().equals("Figure") && (e.alt() == null || e.alt().isBlank()))
                    .forEach(e -> found.add(pdf.getFileName() + ": a Figure has no alternative text"));
            return found;
        }
    }

    /** What poppler (pdftotext, Evince) reports as a syntax error although the PDF is valid: "MarkInfo Suspects false". */
    private static List<String> popplerComplaints(Path pdf) {
        try (PdfInspection inspection = PdfInspection.open(pdf)) {
            PDMarkInfo mark = inspection.document().getDocumentCatalog().getMarkInfo();
            return mark != null && mark.getCOSObject().containsKey(COSName.getPDFName("Suspects"))
                    ? List.of(pdf.getFileName() + ": MarkInfo has a Suspects entry") : List.of();
        }
    }

    /** Keeps a copy under target/accessibility-samples/ for people to look at. */
    private static void keep(Path pdf, String name) {
        try {
            Path samples = Path.of("target/accessibility-samples");
            Files.createDirectories(samples);
            Files.copy(pdf, samples.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pdfsUnder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
