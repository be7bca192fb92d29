package org.packpress.render.pdf;

import org.packpress.render.text.StyledText;

/**
 * The PDF/UA identification in XMP ({@code pdfuaid:part}), with the PDF/A extension schema that
 * declares it: PDF/A accepts only properties of known schemas or of schemas described in the file.
 */
final class XmpIdentification {

    static final String PDF_UA_PART = """
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
              <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
            """;

    /** The extension schema that declares {@code pdfuaid}, which PDF/A requires beside it. */
    static final String PDF_UA_SCHEMA = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
              <pdfaExtension:schemas>
                <rdf:Bag>
                  <rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                    <pdfaSchema:property>
                      <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                          <pdfaProperty:name>part</pdfaProperty:name>
                          <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                          <pdfaProperty:category>internal</pdfaProperty:category>
                          <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>
                        </rdf:li>
                      </rdf:Seq>
                    </pdfaSchema:property>
                  </rdf:li>
                </rdf:Bag>
              </pdfaExtension:schemas>
            </rdf:Description>
            """;

    private static final String RDF_END = "</rdf:RDF>";

    private XmpIdentification() {
    }

    /**
     * The XMP packet of a file that identifies itself as PDF/UA-1 and PDF/A-2b (LibreOffice's export), identifying it
     * as PDF/A-2a, with the extension schema for {@code pdfuaid} added when it has none.
     */
    static String asPdfA2a(String xmp) {
        String levelA = xmp.replaceFirst("<pdfaid:conformance>B</pdfaid:conformance>", "<pdfaid:conformance>A</pdfaid:conformance>")
                .replaceFirst("pdfaid:conformance=\"B\"", "pdfaid:conformance=\"A\"");
        return levelA.contains("pdfaExtension:schemas") ? levelA : withDescriptions(levelA, PDF_UA_SCHEMA);
    }

    /**
     * The XMP packet of a file that identifies itself as PDF/UA-1 and PDF/A-2a, claiming only what veraPDF upheld:
     * without the PDF/UA identification when it failed PDF/UA-1, back to PDF/A-2b (LibreOffice's own claim) when it
     * failed PDF/A-2a.
     */
    static String withClaimsUpheld(String xmp, boolean pdfUa1, boolean pdfA2a) {
        String ua = pdfUa1 ? xmp : xmp.replaceAll("<pdfuaid:part>\\s*1\\s*</pdfuaid:part>", "")
                .replaceAll("\\s*pdfuaid:part=\"1\"", "");
        return pdfA2a ? ua : ua.replaceFirst("<pdfaid:conformance>A</pdfaid:conformance>", "<pdfaid:conformance>B</pdfaid:conformance>")
                .replaceFirst("pdfaid:conformance=\"A\"", "pdfaid:conformance=\"B\"");
    }

    /** The XMP packet with a Dublin Core title, when it has none (PDF/UA-1 7.1-9). */
    static String withTitle(String xmp, String title) {
        if (xmp.contains("<dc:title")) {
            return xmp;
        }
        String escaped = StyledText.escape(title);
        return withDescriptions(xmp, """
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                </rdf:Description>
                """.formatted(escaped));
    }

    private static String withDescriptions(String xmp, String descriptions) {
        int end = xmp.lastIndexOf(RDF_END);
        if (end < 0) {
            throw new IllegalStateException("The XMP metadata has no rdf:RDF element");
        }
        return xmp.substring(0, end) + descriptions + xmp.substring(end);
    }
}
