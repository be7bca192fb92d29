package org.packpress.common;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The root of the {@code packpress.*} settings: folders, and the sizes of the thread pools. The
 * subtrees {@code packpress.nightly}, {@code packpress.mail} and {@code packpress.security} are bound
 * by their own layers' classes ({@code NightlyProperties}, {@code MailProperties}, {@code SecurityUsers}).
 * Every key is described in the configuration metadata that the build generates, so IDEs complete them.
 *
 * @param reportsDir the JasperReports layouts ({@code .jrxml}); the packaged ones when absent
 * @param templatesDir officer-editable templates; the packaged ones when absent
 * @param outDir where documents are published, one folder per body
 * @param uploadDir uploaded inputs, one folder per body (server-chosen names)
 * @param layoutCacheDir where compiled layouts are kept between processes; "none": nowhere; by default
 *     {@code ~/.cache/packpress/layouts}
 * @param api builds started through the API or the officer page
 * @param rendering paper rendering within one build
 * @param sending background sends of published documents
 * @param health the service's health check
 * @param word Word papers (.docx, .odt, .doc, .rtf) converted to PDF by LibreOffice
 * @param accessibility the accessibility report that veraPDF writes after each build
 * @param input limits on the input files an import reads
 */
@ConfigurationProperties("packpress")
public record PackPressProperties(
        @DefaultValue("reports") Path reportsDir,
        @DefaultValue("templates") Path templatesDir,
        @DefaultValue("out") Path outDir,
        @DefaultValue("data/uploads") Path uploadDir,
        String layoutCacheDir,
        @DefaultValue Api api,
        @DefaultValue Rendering rendering,
        @DefaultValue Sending sending,
        @DefaultValue Health health,
        @DefaultValue Word word,
        @DefaultValue Accessibility accessibility,
        @DefaultValue Input input) {

    /** The layout cache folder as {@code TemplateRegistry} takes it ("none" for no cache). */
    public String layoutCache() {
        return layoutCacheDir == null || layoutCacheDir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "packpress", "layouts").toString()
                : layoutCacheDir;
    }

    /** @param buildThreads builds started from the API or the officer page that run at once */
    public record Api(@DefaultValue("2") int buildThreads) {
    }

    /**
     * @param threads papers of one build rendered at once (the same pool reads and writes a KPI workbook's figures
     *     beside its sheets); 0 (the default) means one per processor core
     */
    public record Rendering(@DefaultValue("0") int threads) {

        public int threadsOrCores() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** @param threads background sends (distribution by email) that run at once */
    public record Sending(@DefaultValue("2") int threads) {
    }

    /**
     * @param officeHome LibreOffice's installation folder; empty: found on the system
     * @param timeout how long one conversion may take
     */
    public record Word(@DefaultValue("") String officeHome, @DefaultValue("120s") Duration timeout) {
    }

    /**
     * @param validate whether every build's PDFs are validated after they are published (in the background) and
     *     the report recorded in the manifest; off, the report stays "checking"
     * @param threads validations that run at once (each takes seconds of one core per document)
     */
    public record Accessibility(@DefaultValue("true") boolean validate, @DefaultValue("1") int threads) {
    }

    /**
     * @param maxFileSize an input file larger than this is refused before it is read (every file of an import:
     *     YAML, JSON, Markdown, CSV, workbooks, attached PDFs and images)
     * @param maxUnpackedSize an .xlsx workbook, or a Word paper (.docx, .odt, or the .docx a .doc or .rtf is saved
     *     as), whose parts unpack to more than this in all is refused before it is read (they are zip files: a small one can unpack to gigabytes)
     */
    public record Input(@DefaultValue(DEFAULT_MAX_FILE_SIZE) DataSize maxFileSize,
            @DefaultValue(DEFAULT_MAX_UNPACKED_SIZE) DataSize maxUnpackedSize) {

        static final String DEFAULT_MAX_FILE_SIZE = "100MB";
        static final String DEFAULT_MAX_UNPACKED_SIZE = "100MB";

        /** The limits when nothing is configured. */
        public static Input defaults() {
            return new Input(DataSize.parse(DEFAULT_MAX_FILE_SIZE), DataSize.parse(DEFAULT_MAX_UNPACKED_SIZE));
        }
    }

    /** @param minFreeSpace the output folder's disk is reported DOWN below this */
    public record Health(@DefaultValue("100MB") DataSize minFreeSpace) {
    }
}
