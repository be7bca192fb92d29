package org.packpress.documents.agenda;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * Warms up what a first pack build in a new process needs (JasperReports' extensions, the DejaVu fonts,
 * text measuring, the PDF classes) on a background thread, while the application is still starting on
 * the main thread. On a two-core machine this moves about a second of a command-line build off its path.
 */
public final class RendererWarmUp {

    private static final String[] CLASSES = {
        "net.sf.jasperreports.engine.fill.JRVerticalFiller",
        "net.sf.jasperreports.engine.util.JRLoader",
        "net.sf.jasperreports.pdf.JRPdfExporter",
        "com.lowagie.text.pdf.PdfCopy",
        "com.lowagie.text.pdf.PdfReader",
    };

    private RendererWarmUp() {
    }

    public static void startInBackground() {
        Thread thread = new Thread(RendererWarmUp::warmUp, "renderer-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warmUp() {
        try {
            var context = DefaultJasperReportsContext.getInstance();
            FontUtil fonts = FontUtil.getInstance(context);
            FontRenderContext measuring = new FontRenderContext(null, true, true);
            for (String family : new String[] {"DejaVu Sans", "DejaVu Serif"}) {
                for (int style : new int[] {Font.PLAIN, Font.BOLD, Font.ITALIC}) {
                    Font font = fonts.getAwtFontFromBundles(family, style, 10f, Locale.UK, true);
                    if (font != null) {
                        new TextLayout("Police and Crime Panel 2024", font, measuring).getAdvance();
                    }
                }
            }
            for (String name : CLASSES) {
                Class.forName(name);
            }
        } catch (Throwable ignored) {
            // only a head start: the build does all of this itself when it needs it
        }
    }
}
