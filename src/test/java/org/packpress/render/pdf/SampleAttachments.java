package org.packpress.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.packpress.render.DocumentInfo;

/**
 * Finishes the sample attachments that {@code examples/wm-pcp/sources/make-pdfs.sh} prints with headless
 * Chromium (which tags them) so that each conforms to PDF/UA-1 and PDF/A-2a on its own, as an author's
 * accessible PDF would: an sRGB output intent, XMP metadata with both identifications, Artifacts for
 * untagged drawing, LBody in list items, standard types for Chromium's own ones, link descriptions.
 * A tool for the examples, not part of PackPress: PackPress never alters an attachment's tagging.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:<dependencies>
 * org.packpress.render.pdf.SampleAttachments <pdf>...}
 */
public final class SampleAttachments {

    private SampleAttachments() {
    }

    /** @param args pairs of a PDF and its author (Chromium does not write the page's author meta) */
    public static void main(String[] args) throws IOException {
        for (int i = 0; i + 1 < args.length; i += 2) {
            finish(Path.of(args[i]), args[i + 1]);
            System.out.println("finished " + args[i]);
        }
    }

    static void finish(Path pdf, String author) throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDStructureTreeRoot root = catalog.getStructureTreeRoot();
            COSDictionary roles = new COSDictionary();
            roles.setName("Strong", "Span");
            roles.setName("Em", "Span");
            root.getCOSObject().setItem(COSName.ROLE_MAP, roles);
            listBodies(root.getCOSObject());
            LinkTags links = new LinkTags(root);
            for (PDPage page : document.getPages()) {
                ArtifactMarker.markUntagged(document, page, new UntaggedContent(), new LayoutMarks());
                links.tag(page);
            }
            links.finish();
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SrgbProfile.bytes()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            catalog.addOutputIntent(intent);
            PDDocumentInformation info = document.getDocumentInformation();
            Calendar created = info.getCreationDate() == null ? Calendar.getInstance() : info.getCreationDate();
            DocumentMetadata.write(document, new DocumentInfo(info.getTitle(), author, info.getTitle(),
                    OffsetDateTime.ofInstant(created.toInstant(), ZoneOffset.UTC)), true);
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(pdf)) {
                document.save(out);
            }
        }
    }

    /** PDF/UA: a list item holds a label and a body; Chromium puts the item's content directly in LI. */
    private static void listBodies(COSDictionary node) {
        COSArray kids = node.getCOSArray(COSName.K);
        if (kids == null && node.getDictionaryObject(COSName.K) instanceof COSDictionary only) {
            kids = new COSArray();
            kids.add(only);
        }
        if (kids == null) {
            return;
        }
        if ("LI".equals(node.getNameAsString(COSName.S))) {
            COSArray kept = new COSArray();
            COSArray body = new COSArray();
            COSDictionary lbody = new COSDictionary();
            lbody.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
            lbody.setName(COSName.S, "LBody");
            lbody.setItem(COSName.P, node);
            lbody.setItem(COSName.K, body);
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid && "Lbl".equals(kid.getNameAsString(COSName.S))) {
                    kept.add(kids.get(i));
                } else {
                    body.add(kids.get(i));
                    if (kids.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
                        kid.setItem(COSName.P, lbody);
                    }
                }
            }
            if (body.size() > 0) {
                kept.add(lbody);
            }
            node.setItem(COSName.K, kept);
            return;
        }
        for (int i = 0; i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
                listBodies(kid);
            }
        }
    }
}
