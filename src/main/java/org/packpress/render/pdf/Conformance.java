package org.packpress.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Whether a PDF identifies itself, in its XMP metadata, as PDF/UA-1 and PDF/A-2a. A pack claims both
 * only when each of its parts does; whether the claims hold is veraPDF's to check.
 */
final class Conformance {

    private static final Pattern PDF_UA_1 = Pattern.compile("pdfuaid:part(?:>\\s*|=\")1");
    private static final Pattern PDF_A_2 = Pattern.compile("pdfaid:part(?:>\\s*|=\")2");
    private static final Pattern LEVEL_A = Pattern.compile("pdfaid:conformance(?:>\\s*|=\")A");

    private Conformance() {
    }

    static boolean claimedBy(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return false;
        }
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        return PDF_UA_1.matcher(xmp).find() && PDF_A_2.matcher(xmp).find() && LEVEL_A.matcher(xmp).find();
    }
}
