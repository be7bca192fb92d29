package org.packpress.cli;

import org.packpress.common.PackPressProperties;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.packpress.batch.DocumentJob;
import org.packpress.batch.DocumentJobProgressBar;
import org.packpress.batch.DocumentJobs;
import org.packpress.batch.JobRunner;
import org.packpress.publish.Manifest;
import org.packpress.publish.Publisher;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What every {@code build} command does: runs the document's job to its end (with a progress bar on a
 * terminal) and prints the files it wrote, as its manifest records them.
 */
@Component
public class CommandLineBuilds {

    private final JobRunner jobs;
    private final DocumentJobs documents;
    private final DocumentJobProgressBar progressBar;
    private final Publisher publisher;
    private final Path defaultOut;

    public CommandLineBuilds(JobRunner jobs, DocumentJobs documents, DocumentJobProgressBar progressBar,
            Publisher publisher, PackPressProperties properties) {
        this.jobs = jobs;
        this.documents = documents;
        this.progressBar = progressBar;
        this.publisher = publisher;
        this.defaultOut = properties.outDir();
    }

    /**
     * @param out the {@code --out} option, or null for the configured output folder
     * @return the command's exit code
     */
    public int build(String type, DocumentJob.Request request, Path out, PrintWriter stdout) throws Exception {
        DocumentJob document = documents.find(type).orElseThrow(() -> new IllegalStateException("No document type " + type));
        Path outRoot = (out == null ? defaultOut : out).toAbsolutePath().normalize();
        try (AutoCloseable bar = progressBar.show(document.job().getName(), System.err)) {
            jobs.run(document.job(), document.parameters(request, outRoot));
        }
        Path folder = document.outputFolder(request, outRoot);
        Manifest.Entry built = publisher.lastBuild(folder, document.manifestDocument(request))
                .orElseThrow(() -> new IllegalStateException(type + " finished without recording its files"));
        for (Manifest.OutputFile file : built.outputs()) {
            stdout.println("wrote " + folder.resolve(file.file()));
        }
        stdout.flush();
        return 0;
    }

    /** A meeting written {@code <body>/<yyyy-mm-dd>}, as a request. */
    public static DocumentJob.Request meeting(String text, CommandSpec spec) {
        int slash = text.lastIndexOf('/');
        if (slash <= 0) {
            throw new ParameterException(spec.commandLine(), "'" + text + "' is not <body>/<yyyy-mm-dd>");
        }
        try {
            return DocumentJob.Request.forMeeting(text.substring(0, slash), LocalDate.parse(text.substring(slash + 1)));
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "'" + text.substring(slash + 1)
                    + "' is not a valid date (yyyy-mm-dd)");
        }
    }
}
