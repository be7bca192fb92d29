package org.packpress.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDPushButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * A test attachment carrying everything a published paper must not (built with PDFBox), and a scan that
 * finds any of it in a PDF.
 */
public final class UnsafeAttachment {

    public static final String SAFE_LINK = "https://www.westmidlands-pcc.gov.uk/";

    private static final Set<String> UNSAFE_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "GoToR", "GoToE");

    private UnsafeAttachment() {
    }

    /**
     * Writes a two-page PDF reading "Unsafe attachment page n", with a JavaScript open action and document
     * script, a launch link, a {@code file:} link, a safe web link, an embedded file and a file attachment
     * annotation, an XFA form whose fields run JavaScript and submit the form, a page-open script, and an
     * outline whose entries import data or chain a script after a jump.
     */
    public static Path write(Path file) {
        try (PDDocument document = new PDDocument()) {
            PDPage first = page(document, 1);
            page(document, 2);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setOpenAction(new PDActionJavaScript("app.alert('opened');"));
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
            first.getAnnotations().add(link(launch, 700));
            first.getAnnotations().add(link(uri("file:///C:/Users/clerk/notes.docx"), 670));
            first.getAnnotations().add(link(uri(SAFE_LINK), 640));
            names(document, catalog, first);
            form(document, catalog, first);
            COSDictionary pageOpen = new COSDictionary();
            pageOpen.setItem(COSName.O, new PDActionJavaScript("app.beep();"));
            first.getCOSObject().setItem(COSName.AA, pageOpen);
            outline(document, catalog);
            Files.createDirectories(file.getParent());
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every unsafe thing found anywhere in the PDF's objects, in words (empty when it is clean). */
    public static List<String> unsafeIn(PDDocument document) {
        List<String> found = new ArrayList<>();
        scan(document.getDocument().getTrailer(), found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static PDPage page(PDDocument document, int number) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(50, 750);
            content.showText("Unsafe attachment page " + number);
            content.endText();
        }
        return page;
    }

    private static PDAnnotationLink link(PDAction action, float y) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(50, y, 200, 20));
        link.setAction(action);
        return link;
    }

    private static PDActionURI uri(String address) {
        PDActionURI uri = new PDActionURI();
        uri.setURI(address);
        return uri;
    }

    private static void names(PDDocument document, PDDocumentCatalog catalog, PDPage page) throws IOException {
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
        scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
        names.setJavascript(scripts);
        PDComplexFileSpecification budget = new PDComplexFileSpecification();
        budget.setFile("budget.xlsx");
        budget.setEmbeddedFile(new PDEmbeddedFile(document,
                new ByteArrayInputStream("not a spreadsheet".getBytes(StandardCharsets.UTF_8))));
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of("budget.xlsx", budget));
        names.setEmbeddedFiles(files);
        catalog.setNames(names);
        PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
        attachment.setRectangle(new PDRectangle(300, 700, 20, 20));
        attachment.setFile(budget);
        page.getAnnotations().add(attachment);
    }

    private static void form(PDDocument document, PDDocumentCatalog catalog, PDPage page) throws IOException {
        PDAcroForm form = new PDAcroForm(document);
        catalog.setAcroForm(form);
        form.getCOSObject().setItem(COSName.XFA, new COSString("<xdp:xdp/>"));
        PDTextField email = new PDTextField(form);
        email.setPartialName("email");
        COSDictionary keystroke = new COSDictionary();
        keystroke.setItem(COSName.K, new PDActionJavaScript("event.rc = true;"));
        email.getCOSObject().setItem(COSName.AA, keystroke);
        PDPushButton send = new PDPushButton(form);
        send.setPartialName("send");
        PDActionSubmitForm submit = new PDActionSubmitForm();
        submit.setFile(new PDSimpleFileSpecification(new COSString("https://example.org/collect")));
        PDAnnotationWidget button = send.getWidgets().get(0);
        button.setAction(submit);
        for (PDAnnotationWidget widget : List.of(email.getWidgets().get(0), button)) {
            widget.setRectangle(new PDRectangle(50, 500 - 40 * page.getAnnotations().size(), 150, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
        }
        form.getFields().addAll(List.of(email, send));
    }

    private static void outline(PDDocument document, PDDocumentCatalog catalog) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem start = new PDOutlineItem();
        start.setTitle("Start");
        PDPageFitDestination top = new PDPageFitDestination();
        top.setPage(document.getPage(1));
        PDActionGoTo jump = new PDActionGoTo();
        jump.setDestination(top);
        jump.setNext(List.of(new PDActionJavaScript("app.alert('jumped');")));
        start.setAction(jump);
        outline.addLast(start);
        PDOutlineItem data = new PDOutlineItem();
        data.setTitle("Data");
        PDActionImportData importData = new PDActionImportData();
        importData.setFile(new PDSimpleFileSpecification(new COSString("data.fdf")));
        data.setAction(importData);
        outline.addLast(data);
        catalog.setDocumentOutline(outline);
    }

    private static void scan(COSBase value, List<String> found, Set<COSBase> seen) {
        COSBase object = value instanceof COSObject indirect ? indirect.getObject() : value;
        if (object == null || !seen.add(object)) {
            return;
        }
        if (object instanceof COSArray array) {
            array.forEach(element -> scan(element, found, seen));
        } else if (object instanceof COSDictionary dictionary) {
            describe(dictionary, found);
            dictionary.getValues().forEach(element -> scan(element, found, seen));
        }
    }

    private static void describe(COSDictionary dictionary, List<String> found) {
        String type = dictionary.getNameAsString(COSName.S);
        if (type != null && UNSAFE_ACTIONS.contains(type)) {
            found.add(type + " action");
        }
        if (dictionary.containsKey(COSName.JS)) {
            found.add("JS entry");
        }
        if ("URI".equals(type) && dictionary.getString(COSName.URI, "").startsWith("file:")) {
            found.add("file: link");
        }
        if ("EmbeddedFile".equals(dictionary.getNameAsString(COSName.TYPE))) {
            found.add("embedded file stream");
        }
        if ("FileAttachment".equals(dictionary.getNameAsString(COSName.SUBTYPE))) {
            found.add("file attachment annotation");
        }
        for (String key : List.of("EmbeddedFiles", "XFA", "AF")) {
            if (dictionary.containsKey(COSName.getPDFName(key))) {
                found.add(key + " entry");
            }
        }
    }
}
