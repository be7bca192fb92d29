package org.packpress.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.packpress.common.AtomicFiles;
import org.packpress.common.BuildFailedException;
import org.packpress.model.style.PackStyle;
import org.packpress.render.DocumentInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles a pack from PDF files with Apache PDFBox, keeping what makes the parts accessible: their
 * structure trees are merged in pack order under one Document (a Part per agenda item, a Sect per paper,
 * {@link PackStructure}), links and destinations inside an attachment keep working (named destinations
 * are resolved to their pages first), attachments' own outlines are kept under their paper's entry, and
 * the pack page numbers are stamped as artifacts. Page labels equal the stamped numbers, and the front
 * sheet's stand-in links ({@link PackLinks}) become jumps to pack pages.
 *
 * <p>OpenPDF's {@code PdfCopy}, used before, drops the structure tree, language, metadata and output
 * intent of every part. Memory stays bounded: parts are read from their files one at a time and closed
 * once copied, and the pack's page content goes to a temporary file, not the heap; what the heap keeps
 * is the pack's page and structure dictionaries.
 */
public final class PackAssembler {

    /**
     * A paper to merge.
     *
     * @param level 0 for a main paper, 1 for an appendix
     * @param origin how errors name it, e.g. "item 8: papers/08-peel.pdf"
     */
    public record Paper(String title, Path pdf, int pages, int level, String origin) {
    }

    /** The papers of one agenda item, under one outline entry. */
    public record Section(String outlineTitle, List<Paper> papers) {
    }

    /**
     * A written pack.
     *
     * @param pages the number of pages written
     * @param removed what was removed from papers as unsafe ({@link UnsafeContent}), by the paper's origin
     *     (papers with nothing removed are left out), in pack order
     */
    public record Assembled(int pages, Map<String, List<String>> removed) {

        public Assembled {
            removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PackAssembler.class);

    private PackAssembler() {
    }

    /** Page counts of the front sheet and the sections' papers decide where each paper starts. */
    public static List<Integer> startPages(int frontSheetPages, List<Integer> paperPages) {
        List<Integer> starts = new ArrayList<>();
        int next = frontSheetPages + 1;
        for (int pages : paperPages) {
            starts.add(next);
            next += pages;
        }
        return starts;
    }

    /** Writes the pack to {@code target} atomically, its pages numbered in the default style. */
    public static Assembled assemble(Path frontSheet, List<Section> sections, DocumentInfo info, Path target) {
        return assemble(frontSheet, sections, info, PackStyle.DEFAULT, true, target);
    }

    /**
     * Writes the pack to {@code target} atomically.
     *
     * @param style the house style's page numbers
     * @param attachmentsAccessible whether the attached PDFs were found accessible (veraPDF): the pack claims
     *     PDF/UA-1 and PDF/A-2a only if they were and every part claims both
     */
    public static Assembled assemble(Path frontSheet, List<Section> sections, DocumentInfo info, PackStyle style,
            boolean attachmentsAccessible, Path target) {
        Assembled[] assembled = new Assembled[1];
        AtomicFiles.write(target,
                out -> assembled[0] = assemble(frontSheet, sections, info, style, attachmentsAccessible, out));
        return assembled[0];
    }

    static Assembled assemble(Path frontSheet, List<Section> sections, DocumentInfo info, PackStyle style,
            boolean attachmentsAccessible, OutputStream out) throws IOException {
        Map<String, List<String>> removed = new LinkedHashMap<>();
        try (PDDocument pack = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PackStructure structure = new PackStructure(pack);
            PackOutline outline = new PackOutline(pack);
            boolean conforming = append(pack, frontSheet, "front sheet", structure, outline, removed)
                    && attachmentsAccessible;
            int frontPages = pack.getNumberOfPages();
            structure.frontSheet();
            outline.frontSheet();
            for (Section section : sections) {
                structure.startSection(section.outlineTitle());
                outline.startSection(section.outlineTitle());
                for (Paper paper : section.papers()) {
                    int start = pack.getNumberOfPages();
                    conforming &= append(pack, paper.pdf(), paper.origin(), structure, outline, removed);
                    structure.paper(paper.title());
                    outline.paper(paper.title(), start);
                }
            }
            outline.finish();
            structure.finish();
            linkFrontSheet(pack, frontPages);
            int pages = pack.getNumberOfPages();
            PageStamps.stamp(pack, number -> style.pageNumber(number, pages));
            labelPages(pack);
            pack.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            DocumentMetadata.write(pack, info, conforming);
            pack.save(out);
            return new Assembled(pack.getNumberOfPages(), removed);
        }
    }

    /**
     * Appends a part's pages, structure and outline, without what a published paper must not carry
     * ({@link UnsafeContent}; what was removed is added to {@code removed} and logged).
     *
     * @return whether the part claims PDF/UA-1 and PDF/A-2a itself
     */
    private static boolean append(PDDocument pack, Path pdf, String origin, PackStructure structure, PackOutline outline,
            Map<String, List<String>> removed) {
        try (PDDocument part = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (part.isEncrypted()) {
                throw new BuildFailedException(origin + ": the PDF is encrypted");
            }
            NamedDestinations.resolve(part);
            List<String> unsafe = UnsafeContent.remove(part);
            if (!unsafe.isEmpty()) {
                LOG.warn("{}: removed {}", origin, String.join("; ", unsafe));
                removed.put(origin, unsafe);
            }
            boolean claims = Conformance.claimedBy(part);
            structure.beforeAppend(part.getDocumentInformation().getTitle());
            outline.beforeAppend();
            new PDFMergerUtility().appendDocument(pack, part);
            return claims;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BuildFailedException failed) {
                throw failed;
            }
            throw new BuildFailedException(origin + ": the PDF cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The front sheet's contents entries, typeset with stand-in URIs, become jumps to their pack pages. */
    private static void linkFrontSheet(PDDocument pack, int frontPages) throws IOException {
        for (int i = 0; i < frontPages; i++) {
            for (PDAnnotation annotation : pack.getPage(i).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    int target = PackLinks.pageOf(uri.getURI());
                    if (target > 0 && target <= pack.getNumberOfPages()) {
                        PDPageFitDestination destination = new PDPageFitDestination();
                        destination.setPage(pack.getPage(target - 1));
                        PDActionGoTo jump = new PDActionGoTo();
                        jump.setDestination(destination);
                        link.setAction(jump);
                    }
                }
            }
        }
    }

    private static void labelPages(PDDocument pack) {
        PDPageLabels labels = new PDPageLabels(pack);
        PDPageLabelRange numbers = new PDPageLabelRange();
        numbers.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, numbers);
        pack.getDocumentCatalog().setPageLabels(labels);
    }
}
