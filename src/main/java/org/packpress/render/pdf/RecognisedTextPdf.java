package org.packpress.render.pdf;

import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.util.Matrix;
import org.packpress.render.DocumentInfo;

/**
 * A scanned paper (pages that are pictures of text) made readable: each page of the scan is drawn as it is, as an
 * artifact, and the text that optical character recognition found on it is laid over it, invisible, in paragraphs
 * tagged P in reading order, each word where it is seen. A screen reader reads the paragraphs, a search finds the
 * words, and a reader selects them where they stand. The text is the machine's reading: an officer reads it through.
 */
public final class RecognisedTextPdf {

    private static final String FONT = "/fonts/liberation/LiberationSans-Regular.ttf";
    private static final String SRGB = "sRGB IEC61966-2.1";

    /** A word found on a page: its box in points from the top left corner of the page's crop box (as shown). */
    public record Word(String text, float left, float top, float width, float height) {
    }

    /** A paragraph's words in reading order. */
    public record Paragraph(List<Word> words) {

        public Paragraph {
            words = List.copyOf(words);
        }
    }

    /** The paragraphs found on one page of the scan, in reading order. */
    public record Page(List<Paragraph> paragraphs) {

        public Page {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private RecognisedTextPdf() {
    }

    /**
     * @param scan the scanned PDF
     * @param pages what was recognised on each of its pages, in order
     * @param info the paper's title and language
     */
    public static void write(Path scan, List<Page> pages, DocumentInfo info, Path target) {
        try (PDDocument source = Loader.loadPDF(scan.toFile(), IOUtils.createTempFileOnlyStreamCache());
                PDDocument out = new PDDocument()) {
            PDType0Font font = font(out);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            out.getDocumentCatalog().setStructureTreeRoot(root);
            PDStructureElement document = new PDStructureElement("Document", root);
            root.appendKid(document);
            Map<Integer, COSArray> parents = new HashMap<>();
            LayerUtility layers = new LayerUtility(out);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDPage scanned = source.getPage(i);
                PDPage page = upright(scanned);
                out.addPage(page);
                page.setStructParents(i);
                PDFormXObject form = layers.importPageAsForm(source, i);
                if (scanned.getRotation() % 360 != 0) {
                    form.setMatrix(turned(scanned));
                }
                parents.put(i, drawPage(out, page, form,
                        i < pages.size() ? pages.get(i) : new Page(List.of()), font, document));
            }
            PDNumberTreeNode parentTree = new PDNumberTreeNode(COSArray.class);
            parentTree.setNumbers(new HashMap<>(parents));
            root.setParentTree(parentTree);
            root.setParentTreeNextKey(source.getNumberOfPages());
            outputIntent(out);
            AccessiblePdf.dropCidSets(out);
            DocumentMetadata.write(out, info, true);
            out.save(target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the recognised text of " + scan.getFileName(), e);
        }
    }

    /**
     * A page of the scan's size as it is shown. A page that a viewer turns ({@code /Rotate}) becomes an upright page
     * of its crop box's size (turned a quarter: as wide as it is shown), on which its content is drawn turned
     * ({@link #turned}), as the recognition read it.
     */
    private static PDPage upright(PDPage scanned) {
        PDRectangle crop = scanned.getCropBox();
        if (scanned.getRotation() % 360 == 0) {
            PDPage page = new PDPage(scanned.getMediaBox());
            page.setCropBox(crop);
            return page;
        }
        return new PDPage(scanned.getRotation() % 180 == 0 ? new PDRectangle(crop.getWidth(), crop.getHeight())
                : new PDRectangle(crop.getHeight(), crop.getWidth()));
    }

    /** What draws a turned page's crop box upright, clockwise by its {@code /Rotate}, from the origin. */
    private static AffineTransform turned(PDPage scanned) {
        PDRectangle crop = scanned.getCropBox();
        float width = crop.getWidth();
        float height = crop.getHeight();
        AffineTransform turn = switch ((scanned.getRotation() % 360 + 360) % 360) {
            case 90 -> new AffineTransform(0, -1, 1, 0, 0, width);
            case 180 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 270 -> new AffineTransform(0, 1, -1, 0, height, 0);
            default -> new AffineTransform();
        };
        turn.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        return turn;
    }

    /** The scan as an artifact, then each paragraph as a P of its own marked content; the P elements by MCID. */
    private static COSArray drawPage(PDDocument out, PDPage page, PDFormXObject scan, Page recognised,
            PDType0Font font, PDStructureElement document) throws IOException {
        COSArray elements = new COSArray();
        PDRectangle box = page.getCropBox();
        try (PDPageContentStream content = new PDPageContentStream(out, page)) {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.drawForm(scan);
            content.endMarkedContent();
            for (Paragraph paragraph : recognised.paragraphs()) {
                String text = paragraphText(paragraph, font);
                if (text.isBlank()) {
                    continue;
                }
                int mcid = elements.size();
                PDStructureElement p = new PDStructureElement("P", document);
                p.setPage(page);
                p.getCOSObject().setItem(COSName.K, COSInteger.get(mcid));
                document.appendKid(p);
                elements.add(p);
                COSDictionary properties = new COSDictionary();
                properties.setInt(COSName.MCID, mcid);
                content.beginMarkedContent(COSName.P, PDPropertyList.create(properties));
                drawWords(content, paragraph, font, box);
                content.endMarkedContent();
            }
        }
        return elements;
    }

    /** Each word invisible (rendering mode 3), scaled to its box, followed by a space but the paragraph's last. */
    private static void drawWords(PDPageContentStream content, Paragraph paragraph, PDType0Font font, PDRectangle box)
            throws IOException {
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        List<Word> words = printable(paragraph, font);
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String text = i < words.size() - 1 ? word.text() + " " : word.text();
            float size = Math.max(1, word.height());
            float natural = font.getStringWidth(text) / 1000 * size;
            content.setFont(font, size);
            content.setHorizontalScaling(natural <= 0 ? 100 : Math.max(1, 100 * word.width() / natural));
            content.setTextMatrix(Matrix.getTranslateInstance(box.getLowerLeftX() + word.left(),
                    box.getUpperRightY() - word.top() - word.height() * 0.8f));
            content.showText(text);
        }
        content.endText();
    }

    private static String paragraphText(Paragraph paragraph, PDType0Font font) {
        return String.join(" ", printable(paragraph, font).stream().map(Word::text).toList());
    }

    /** The paragraph's words with only the characters the font has, words left empty dropped. */
    private static List<Word> printable(Paragraph paragraph, PDType0Font font) {
        List<Word> words = new ArrayList<>();
        for (Word word : paragraph.words()) {
            StringBuilder kept = new StringBuilder();
            word.text().codePoints().forEach(c -> {
                if (encodes(font, c)) {
                    kept.appendCodePoint(c);
                }
            });
            if (!kept.isEmpty()) {
                words.add(new Word(kept.toString(), word.left(), word.top(), word.width(), word.height()));
            }
        }
        return words;
    }

    private static boolean encodes(PDType0Font font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return !Character.isWhitespace(codePoint);
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static PDType0Font font(PDDocument out) throws IOException {
        try (InputStream in = RecognisedTextPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The font " + FONT + " is not in the application");
            }
            return PDType0Font.load(out, in, true);
        }
    }

    /** The sRGB output intent PDF/A asks of a document with colours in a device colour space, as scans have. */
    private static void outputIntent(PDDocument out) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(out, new ByteArrayInputStream(SrgbProfile.bytes()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        out.getDocumentCatalog().addOutputIntent(intent);
    }
}
