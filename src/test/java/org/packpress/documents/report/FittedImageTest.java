package org.packpress.documents.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FittedImageTest {

    @Test
    void aSmallImageKeepsItsNaturalSizeAt96Dpi() throws IOException {
        FittedImage image = FittedImage.of(png(120, 60), 483, 620);
        assertThat(image.width()).isEqualTo(90.0);
        assertThat(image.height()).isEqualTo(45.0);
    }

    @Test
    void aWideImageShrinksToTheTextWidthKeepingItsShape() throws IOException {
        FittedImage image = FittedImage.of(png(1600, 800), 483, 620);
        assertThat(image.width()).isEqualTo(483.0);
        assertThat(image.height()).isCloseTo(241.5, within(0.01));
    }

    @Test
    void aTallImageShrinksToFitAPage() throws IOException {
        FittedImage image = FittedImage.of(png(800, 3000), 483, 620);
        assertThat(image.height()).isEqualTo(620.0);
        assertThat(image.width()).isCloseTo(620.0 * 800 / 3000, within(0.01));
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        assertThatThrownBy(() -> FittedImage.of("%PDF-1.7".getBytes(), 483, 620))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PNG, JPEG or GIF image");
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
