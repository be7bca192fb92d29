package org.packpress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.packpress.batch.AgendaPackJobConfig;
import org.packpress.batch.JobRunner;
import org.packpress.render.pdf.PdfFiles;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * Builds agenda packs the way an officer's request does (the {@code agendaPack} job), each run into a
 * fresh folder so that every run does the same work (no earlier manifest, no supplement).
 */
final class PackBuilds {

    private final JobRunner jobs;
    private final Job agendaPack;

    PackBuilds(JobRunner jobs, Job agendaPack) {
        this.jobs = jobs;
        this.agendaPack = agendaPack;
    }

    /** Builds the meeting's packs into {@code out} and returns the PDFs written. */
    List<Path> build(String body, LocalDate date, Path out) {
        var execution = jobs.run(agendaPack, new JobParametersBuilder()
                .addString(AgendaPackJobConfig.BODY, body)
                .addString(AgendaPackJobConfig.MEETING, date.toString())
                .addString(AgendaPackJobConfig.BUILD_TIME, LocalDateTime.now().toString() + " " + System.nanoTime())
                .addString(AgendaPackJobConfig.OUT_DIR, out.toString(), false)
                .toJobParameters());
        return Arrays.stream(execution.getExecutionContext().getString(AgendaPackJobConfig.WRITTEN).split("\n"))
                .map(Path::of).filter(p -> p.toString().endsWith(".pdf")).toList();
    }

    static int pages(List<Path> pdfs) {
        return pdfs.stream().mapToInt(PdfFiles::pageCount).sum();
    }

    static void deleteRecursively(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
