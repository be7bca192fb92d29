package org.packpress.render.jasper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRSimpleTemplate;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import org.packpress.common.PackPressProperties;
import org.packpress.model.style.Typography;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The shared style template {@code reports/styles.jrtx} with a house style's typography: the font family
 * on its style "Text" (every other style inherits it) and the sizes of the scale's steps "Text", "Small"
 * and "Heading1" to "Heading4". Read from the {@code reports/} folder when it exists (an edited template is
 * read again) and otherwise from the copy in the jar, like the layouts; one template per typography is kept.
 */
@Component
public class StyleSheets {

    static final String FILE = "styles.jrtx";
    static final String TEXT = "Text";
    static final String SMALL = "Small";
    static final String HEADING = "Heading";

    /**
     * The JasperReports font of each family a style may name (the font extension in
     * {@code src/main/resources/fonts}): Liberation Sans through a font set whose second family, DejaVu Sans,
     * sets what Liberation Sans lacks.
     */
    static final Map<String, String> FONTS = Map.of(FontCoverage.FALLBACK, FontCoverage.FALLBACK,
            "Liberation Sans", "Liberation Sans with DejaVu Sans");

    private record Loaded(JRTemplate template, FileTime modified) {
    }

    private final Path reportsDir;
    private volatile Loaded loaded;
    private final Map<Typography, JRTemplate> byTypography = new ConcurrentHashMap<>();

    @Autowired
    public StyleSheets(PackPressProperties properties) {
        this(properties.reportsDir());
    }

    public StyleSheets(Path reportsDir) {
        this.reportsDir = reportsDir;
    }

    /** The style template set in a typography. */
    public JRTemplate of(Typography typography) {
        Loaded current = current();
        return byTypography.computeIfAbsent(typography, t -> typeset(current.template(), t));
    }

    private synchronized Loaded current() {
        Path file = reportsDir.resolve(FILE);
        FileTime modified = TemplateRegistry.lastModified(file);
        if (loaded == null || !Objects.equals(modified, loaded.modified())) {
            loaded = new Loaded(load(file, modified), modified);
            byTypography.clear();
        }
        return loaded;
    }

    private static JRTemplate load(Path file, FileTime modified) {
        try (InputStream in = modified != null ? Files.newInputStream(file)
                : StyleSheets.class.getResourceAsStream("/reports/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("No style template reports/" + FILE);
            }
            return JRXmlTemplateLoader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reports/" + FILE, e);
        }
    }

    private static JRTemplate typeset(JRTemplate template, Typography typography) {
        String font = FONTS.get(typography.fontFamily());
        if (font == null) {
            throw new IllegalArgumentException("No embedded font for the family " + typography.fontFamily());
        }
        JRSimpleTemplate typeset = new JRSimpleTemplate();
        for (JRStyle style : template.getStyles()) {
            JRDesignStyle copy = (JRDesignStyle) style.clone();
            String parent = style.getStyle() != null ? style.getStyle().getName() : style.getStyleNameReference();
            copy.setParentStyle(null);
            copy.setParentStyleNameReference(parent);
            if (TEXT.equals(style.getName())) {
                copy.setFontName(font);
            }
            Double size = size(style.getName(), typography);
            if (size != null) {
                copy.setFontSize(size.floatValue());
            }
            try {
                typeset.addStyle(copy);
            } catch (JRException e) {
                throw new IllegalStateException("reports/" + FILE + ": " + e.getMessage(), e);
            }
        }
        return typeset;
    }

    /** The size of a step of the scale, or null for a style that inherits its size. */
    private static Double size(String style, Typography typography) {
        if (TEXT.equals(style)) {
            return typography.baseSize();
        }
        if (SMALL.equals(style)) {
            return typography.smallSize();
        }
        for (int level = 1; level <= Typography.HEADING_LEVELS; level++) {
            if ((HEADING + level).equals(style)) {
                return typography.headingSize(level);
            }
        }
        return null;
    }
}
