package org.packpress.render.jasper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import org.packpress.common.AtomicFiles;
import org.packpress.render.DocumentInfo;
import org.packpress.model.style.Typography;
import org.packpress.render.pdf.AccessiblePdf;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.render.pdf.SrgbProfile;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Fills a cached layout with data and exports it as a PDF with PackPress's metadata. */
@Component
public class JasperRenderer {

    private final TemplateRegistry templates;
    private final StyleSheets styles;

    public JasperRenderer(TemplateRegistry templates, StyleSheets styles) {
        this.templates = templates;
        this.styles = styles;
    }

    public TemplateRegistry templates() {
        return templates;
    }

    /**
     * Fills a layout with the shared style template set in a house style's typography (the layout's
     * subreports get it from their parent's {@code REPORT_TEMPLATES}).
     */
    public JasperPrint fill(String layout, Typography typography, Map<String, Object> parameters, JRDataSource data) {
        return fill(templates.get(layout), typography, parameters, data);
    }

    /** Fills a layout compiled from a design built in code ({@link TemplateRegistry#compiled}). */
    public JasperPrint fill(JasperReport layout, Typography typography, Map<String, Object> parameters,
            JRDataSource data) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.putIfAbsent(JRParameter.REPORT_LOCALE, Locale.UK);
        params.put(JRParameter.REPORT_TEMPLATES, List.of(styles.of(typography)));
        try {
            return JasperFillManager.getInstance(JasperReportsContexts.DEFAULT).fill(layout, params, data);
        } catch (JRException e) {
            throw new IllegalStateException("Filling layout " + layout.getName() + " failed: " + e.getMessage(), e);
        }
    }

    /** Exports to a file, atomically. */
    public Path exportPdf(JasperPrint print, DocumentInfo info, Path target) {
        return exportPdf(print, info, PageFurniture.NONE, target);
    }

    /** Exports to a file, atomically, with page furniture (a running header; a standalone document's page numbers). */
    public Path exportPdf(JasperPrint print, DocumentInfo info, PageFurniture furniture, Path target) {
        return AtomicFiles.write(target, out -> exportPdf(print, info, furniture, out));
    }

    public void exportPdf(JasperPrint print, DocumentInfo info, OutputStream out) {
        exportPdf(print, info, PageFurniture.NONE, out);
    }

    /**
     * Exports tagged, as PDF/A-2a with an sRGB output intent, then completes what JasperReports leaves
     * undone for PDF/UA-1 and PDF/A-2a ({@link AccessiblePdf}) and stamps the page furniture as artifacts.
     */
    public void exportPdf(JasperPrint print, DocumentInfo info, PageFurniture furniture, OutputStream out) {
        ByteArrayOutputStream exported = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(JasperReportsContexts.DEFAULT);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(exported));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setTagged(true);
        config.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
        config.setIccProfilePath(SrgbProfile.path().toString());
        config.setEmbedIccProfile(true);
        config.setMetadataTitle(info.title());
        config.setMetadataAuthor(info.author());
        config.setMetadataSubject(info.subject());
        config.setMetadataCreator("PackPress");
        config.setTagLanguage(info.language());
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Exporting " + info.title() + " as PDF failed: " + e.getMessage(), e);
        }
        try {
            AccessiblePdf.complete(exported.toByteArray(), info, furniture, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Completing the structure of " + info.title() + " failed: " + e.getMessage(), e);
        }
    }
}
