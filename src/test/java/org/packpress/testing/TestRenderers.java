package org.packpress.testing;

import java.nio.file.Path;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.jasper.StyleSheets;
import org.packpress.render.jasper.TemplateRegistry;

/** A renderer of the layouts in {@code reports/}, for tests that need no Spring context. */
public final class TestRenderers {

    private TestRenderers() {
    }

    public static JasperRenderer jasper() {
        Path reports = Path.of("reports");
        return new JasperRenderer(new TemplateRegistry(reports), new StyleSheets(reports));
    }
}
