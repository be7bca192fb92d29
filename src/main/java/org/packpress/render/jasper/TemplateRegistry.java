package org.packpress.render.jasper;

import org.packpress.common.PackPressProperties;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.engine.xml.JRXmlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import org.packpress.common.AtomicFiles;
import org.packpress.common.Hashes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Compiles each JRXML layout once per process and keeps it. Layouts are read from the
 * {@code reports/} folder when it exists (so an edited layout is picked up: a changed file is
 * recompiled on next use) and otherwise from the copy packaged in the jar.
 */
@Component
public class TemplateRegistry {

    private record Compiled(JasperReport report, FileTime modified) {
    }

    /**
     * Part of a stored layout's name, with the JRXML's hash: a compiled layout depends only on its JRXML (its
     * expressions use Java types, never PackPress classes), the JasperReports version and the Java version.
     */
    private static final String JASPER_VERSION = String.valueOf(JasperReport.class.getPackage().getImplementationVersion())
            .replaceAll("[^A-Za-z0-9.]", "").replaceAll("^(.{0,24}).*", "$1") + "-java" + Runtime.version().feature();

    private static final Pattern UUID_ATTRIBUTE = Pattern.compile(" uuid=\"[0-9a-fA-F-]{36}\"");

    private final Path reportsDir;
    private final Path compiledDir;
    private final ConcurrentMap<String, Compiled> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, JasperReport> designs = new ConcurrentHashMap<>();

    /** Compiles in memory only (each process compiles again). */
    public TemplateRegistry(Path reportsDir) {
        this(reportsDir, "none");
    }

    /**
     * @param compiledDir where compiled layouts are kept between processes, keyed by the JRXML's hash
     *     ({@code none}: nowhere). Compiling the layouts costs a new process about two seconds, most of
     *     a command-line build's time once the application has started; loading them costs milliseconds.
     */
    @Autowired
    public TemplateRegistry(PackPressProperties properties) {
        this(properties.reportsDir(), properties.layoutCache());
    }

    public TemplateRegistry(Path reportsDir, String compiledDir) {
        this.reportsDir = reportsDir;
        this.compiledDir = compiledDir.isBlank() || compiledDir.equals("none") ? null : Path.of(compiledDir);
    }

    /** The compiled layout {@code reports/<name>.jrxml}. */
    public JasperReport get(String name) {
        Path file = reportsDir.resolve(name + ".jrxml");
        FileTime modified = lastModified(file);
        Compiled cached = cache.get(name);
        if (cached != null && (modified == null || modified.equals(cached.modified()))) {
            return cached.report();
        }
        synchronized (this) {
            cached = cache.get(name);
            if (cached != null && (modified == null || modified.equals(cached.modified()))) {
                return cached.report();
            }
            Compiled fresh = new Compiled(compile(name, file, modified), modified);
            cache.put(name, fresh);
            return fresh.report();
        }
    }

    /** How many layouts have been compiled so far; lets tests and the benchmark prove the cache works. */
    public int compiledCount() {
        return cache.size();
    }

    private JasperReport compile(String name, Path file, FileTime modified) {
        return fromJrxml(name, jrxml(name, file, modified));
    }

    private static byte[] jrxml(String name, Path file, FileTime modified) {
        try (InputStream in = modified != null ? Files.newInputStream(file) : classpathLayout(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read layout reports/" + name + ".jrxml", e);
        }
    }

    /**
     * The design of {@code reports/<name>.jrxml}, for a variant built in code (compile it with {@link #compiled}).
     */
    public JasperDesign design(String name) {
        Path file = reportsDir.resolve(name + ".jrxml");
        try {
            return JRXmlLoader.load(new ByteArrayInputStream(jrxml(name, file, lastModified(file))));
        } catch (JRException e) {
            throw new IllegalStateException("Layout " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A layout built in code (such as a table of a given shape), compiled once per process and kept on
     * disk like the JRXML layouts, keyed by the JRXML it amounts to. That JRXML leaves out the design's UUIDs: made
     * at random for each design object, they would give the same layout another key in every process, so that no
     * later process found it on disk (JasperReports makes new ones when it reads the JRXML).
     *
     * @param name a name for the layout's kind, used in file names and errors
     */
    public JasperReport compiled(String name, JasperDesign design) {
        byte[] jrxml = UUID_ATTRIBUTE.matcher(JRXmlWriter.writeReport(design, "UTF-8")).replaceAll("")
                .getBytes(StandardCharsets.UTF_8);
        String key = name + "-" + Hashes.sha256(jrxml);
        return designs.computeIfAbsent(key, k -> fromJrxml(name, jrxml));
    }

    private JasperReport fromJrxml(String name, byte[] jrxml) {
        Path compiled = compiledDir == null ? null : compiledDir.resolve(name + "-"
                + Hashes.sha256(jrxml).substring(0, 32) + "-" + JASPER_VERSION + ".jasper");
        JasperReport stored = compiled == null ? null : loadCompiled(compiled);
        if (stored != null) {
            return stored;
        }
        try {
            JasperReport report = JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml));
            if (compiled != null) {
                storeCompiled(report, compiled);
            }
            return report;
        } catch (JRException e) {
            throw new IllegalStateException("Layout " + name + " does not compile: " + e.getMessage(), e);
        }
    }

    /** A layout compiled earlier from the same JRXML, or null if there is none or it cannot be read. */
    private static JasperReport loadCompiled(Path compiled) {
        if (!Files.isRegularFile(compiled)) {
            return null;
        }
        try {
            return (JasperReport) JRLoader.loadObject(compiled.toFile());
        } catch (JRException | RuntimeException e) {
            AtomicFiles.deleteQuietly(compiled); // unreadable: compile again and replace it
            return null;
        }
    }

    /** Keeps a compiled layout for later processes; failing to is harmless (they compile again). */
    private static void storeCompiled(JasperReport report, Path compiled) {
        try {
            Files.createDirectories(compiled.getParent());
            AtomicFiles.write(compiled, out -> {
                try {
                    JRSaver.saveObject(report, out);
                } catch (JRException e) {
                    throw new IOException(e);
                }
            });
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk only costs the next process a compile
        }
    }

    private static InputStream classpathLayout(String name) {
        InputStream in = TemplateRegistry.class.getResourceAsStream("/reports/" + name + ".jrxml");
        if (in == null) {
            throw new IllegalArgumentException("No layout named reports/" + name + ".jrxml");
        }
        return in;
    }

    static FileTime lastModified(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
