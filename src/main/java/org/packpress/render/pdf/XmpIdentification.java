package org.packpress.render.pdf;

/**
 * The PDF/UA identification in XMP ({@code pdfuaid:part}), with the PDF/A extension schema that
 * declares it: PDF/A accepts only properties of known schemas or of schemas described in the file.
 */
final class XmpIdentification {

    static final String PDF_UA = """
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
              <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
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

    /** The XMP packet with the PDF/UA-1 identification added beside what it holds. */
    static String withPdfUa(String xmp) {
        int end = xmp.lastIndexOf(RDF_END);
        if (end < 0) {
            throw new IllegalStateException("The XMP metadata has no rdf:RDF element");
        }
        return xmp.substring(0, end) + PDF_UA + xmp.substring(end);
    }
}
