package org.packpress.render.jasper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk layout cache, as a later process (here a second registry on the same folder) finds it. */
class TemplateRegistryTest {

    @TempDir
    Path cache;

    /**
     * A table layout is built in code anew by every process, its elements with new random UUIDs: the same shape
     * is still found on disk, not compiled again.
     */
    @Test
    void aLayoutBuiltInCodeIsFoundByTheNextProcess() throws IOException {
        JasperReport first = new TemplateRegistry(Path.of("reports"), cache.toString()).compiled("cell", cell(120));
        List<Path> stored = files();
        assertThat(stored).hasSize(1);
        Files.setLastModifiedTime(stored.get(0), java.nio.file.attribute.FileTime.fromMillis(0));

        JasperReport again = new TemplateRegistry(Path.of("reports"), cache.toString()).compiled("cell", cell(120));

        assertThat(files()).as("the same layout, loaded from the file the first process stored").isEqualTo(stored);
        assertThat(Files.getLastModifiedTime(stored.get(0)).toMillis()).as("not written again").isZero();
        assertThat(again.getColumnWidth()).isEqualTo(first.getColumnWidth());

        new TemplateRegistry(Path.of("reports"), cache.toString()).compiled("cell", cell(90));
        assertThat(files()).as("another shape is another layout").hasSize(2);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    private static JasperDesign cell(int width) {
        JasperDesign design = new JasperDesign();
        design.setName("cell");
        design.setPageWidth(width);
        design.setColumnWidth(width);
        design.setLeftMargin(0);
        design.setRightMargin(0);
        JRDesignTextField field = new JRDesignTextField();
        field.setWidth(width);
        field.setHeight(18);
        field.setExpression(new JRDesignExpression("\"cell\""));
        JRDesignBand band = new JRDesignBand();
        band.setHeight(18);
        band.addElement(field);
        ((JRDesignSection) design.getDetailSection()).addBand(band);
        return design;
    }
}
