package org.packpress.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.util.DateConverter;
import org.packpress.render.DocumentInfo;
import org.packpress.render.text.StyledText;

/**
 * The XMP metadata of a PDF, equal to its document information (title, author, subject, creator,
 * producer, and the date when it is dated), with the PDF/A-2a and PDF/UA-1 identification only when the
 * document may claim them.
 */
final class XmpPacket {

    private XmpPacket() {
    }

    static PDMetadata of(PDDocument document, DocumentInfo info, boolean identified) throws IOException {
        String dates = "";
        if (info.dated() != null) {
            String date = DateConverter.toISO8601(GregorianCalendar.from(info.dated().toZonedDateTime()));
            dates = "<xmp:CreateDate>" + date + "</xmp:CreateDate><xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
        }
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
                  <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                  <pdf:Producer>PackPress</pdf:Producer>
                  <xmp:CreatorTool>PackPress</xmp:CreatorTool>
                  %s</rdf:Description>
                %s</rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(StyledText.escape(info.title()), StyledText.escape(info.author()), StyledText.escape(info.subject()),
                StyledText.escape(info.language()), dates, identified ? PDF_A + XmpIdentification.PDF_UA_PART + XmpIdentification.PDF_UA_SCHEMA : "");
        return new PDMetadata(document, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String PDF_A = """
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
              <pdfaid:part>2</pdfaid:part>
              <pdfaid:conformance>A</pdfaid:conformance>
            </rdf:Description>
            """;
}
