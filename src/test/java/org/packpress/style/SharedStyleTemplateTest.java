package org.packpress.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every layout in reports/ takes its font and sizes from the one style template, reports/styles.jrtx: no
 * layout names a font or a size, every text element has a style, and every style a layout defines descends
 * from a style of the template (the scale's steps Text, Small and Heading1 to Heading4 get the house style's
 * typography when a paper is filled).
 */
class SharedStyleTemplateTest {

    static final Path REPORTS = Path.of("reports");

    @Test
    void noLayoutSetsAFontOrASizeOfItsOwn() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path layout : layouts()) {
            String xml = Files.readString(layout);
            if (xml.contains("fontName=") || xml.contains("fontSize=") || xml.contains("pdfFontName=")) {
                found.add(layout.getFileName().toString());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyTextElementHasAStyleThatComesFromTheTemplate() throws Exception {
        Map<String, String> template = parents(parse(REPORTS.resolve("styles.jrtx")));
        assertThat(template).containsKeys("Text", "Small", "Heading1", "Heading2", "Heading3", "Heading4");
        List<String> problems = new ArrayList<>();
        for (Path layout : layouts()) {
            Document doc = parse(layout);
            Map<String, String> styles = new HashMap<>(template);
            Map<String, String> own = parents(doc);
            own.keySet().stream().filter(template::containsKey).forEach(name -> problems.add(layout.getFileName()
                    + ": style " + name + " hides the template's style of that name"));
            styles.putAll(own);
            own.forEach((name, parent) -> {
                if (!descendsFromTemplate(name, styles, template)) {
                    problems.add(layout.getFileName() + ": style " + name + " does not descend from a template style");
                }
            });
            NodeList elements = doc.getElementsByTagName("element");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String kind = element.getAttribute("kind");
                if (kind.equals("textField") || kind.equals("staticText") || kind.equals("chart")) {
                    String style = element.getAttribute("style");
                    if (style.isEmpty() || !styles.containsKey(style)) {
                        problems.add(layout.getFileName() + ": a " + kind + " with style '" + style + "'");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean descendsFromTemplate(String style, Map<String, String> styles, Map<String, String> template) {
        String current = style;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (template.containsKey(current)) {
                return true;
            }
            current = styles.get(current);
        }
        return false;
    }

    /** The styles a layout or template defines, each with the name of its parent ("" for none). */
    private static Map<String, String> parents(Document doc) {
        Map<String, String> parents = new HashMap<>();
        NodeList styles = doc.getElementsByTagName("style");
        for (int i = 0; i < styles.getLength(); i++) {
            Element style = (Element) styles.item(i);
            if (style.hasAttribute("name")) {
                parents.put(style.getAttribute("name"), style.hasAttribute("style") ? style.getAttribute("style") : null);
            }
        }
        return parents;
    }

    private static List<Path> layouts() throws Exception {
        try (Stream<Path> files = Files.list(REPORTS)) {
            List<Path> layouts = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
            assertThat(layouts).hasSizeGreaterThan(10);
            return layouts;
        }
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }
}
