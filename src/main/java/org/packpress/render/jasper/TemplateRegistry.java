package org.packpress.render.jasper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.beans.factory.annotation.Value;
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

    private final Path reportsDir;
    private final ConcurrentMap<String, Compiled> cache = new ConcurrentHashMap<>();

    public TemplateRegistry(@Value("${packpress.reports-dir:reports}") Path reportsDir) {
        this.reportsDir = reportsDir;
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
        try (InputStream in = modified != null ? Files.newInputStream(file) : classpathLayout(name)) {
            return JasperCompileManager.compileReport(in);
        } catch (JRException e) {
            throw new IllegalStateException("Layout reports/" + name + ".jrxml does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read layout reports/" + name + ".jrxml", e);
        }
    }

    private static InputStream classpathLayout(String name) {
        InputStream in = TemplateRegistry.class.getResourceAsStream("/reports/" + name + ".jrxml");
        if (in == null) {
            throw new IllegalArgumentException("No layout named reports/" + name + ".jrxml");
        }
        return in;
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
