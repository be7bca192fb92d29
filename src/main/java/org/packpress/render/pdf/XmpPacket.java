package org.packpress.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.util.DateConverter;
import org.packpress.render.DocumentInfo;

/**
 * The XMP metadata of a pack, equal to its document information (title, author, subject, creator,
 * producer, dates), with the PDF/A-2a and PDF/UA-1 identification only when the pack may claim them.
 */
final class XmpPacket {

    private XmpPacket() {
    }

    static PDMetadata of(PDDocument pack, DocumentInfo info, Calendar created, boolean identified) throws IOException {
        String date = DateConverter.toISO8601(created);
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <dc:format>application/pdf</dc:format>
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                  <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                  <pdf:Producer>PackPress</pdf:Producer>
                  <xmp:CreatorTool>PackPress</xmp:CreatorTool>
                  <xmp:CreateDate>%s</xmp:CreateDate>
                  <xmp:ModifyDate>%s</xmp:ModifyDate>
                </rdf:Description>
                %s</rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(info.title()), escape(info.author()), escape(info.subject()),
                date, date, identified ? PDF_A + XmpIdentification.PDF_UA_PART + XmpIdentification.PDF_UA_SCHEMA : "");
        return new PDMetadata(pack, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String PDF_A = """
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
              <pdfaid:part>2</pdfaid:part>
              <pdfaid:conformance>A</pdfaid:conformance>
            </rdf:Description>
            """;

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
