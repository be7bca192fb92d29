package org.packpress.render.pdf;

import org.packpress.model.style.StandaloneStyle;

/**
 * What the render layer prints on a generated document's pages besides its layout's content, each as a
 * pagination artifact ({@link PageStamps}), so that screen readers never read it as the document's text.
 *
 * @param pageNumbers for a document published on its own, its house style's page numbers (it also gets an
 *     outline of its headings); null for a paper of a pack, which the pack numbers
 * @param runningHeader printed at the top of every page after the first (an authored report's), or null
 * @param marking the house style's security marking ("OFFICIAL"), printed at the top and foot of every page, or null
 */
public record PageFurniture(StandaloneStyle pageNumbers, String runningHeader, String marking) {

    /** Nothing: a paper of a pack without a running header. */
    public static final PageFurniture NONE = new PageFurniture(null, null, null);

    /** Page numbers and an outline for a document published on its own; none when {@code style} is null. */
    public static PageFurniture standalone(StandaloneStyle style) {
        return new PageFurniture(style, null, null);
    }

    public static PageFurniture runningHeader(String text) {
        return new PageFurniture(null, text == null || text.isBlank() ? null : text.strip(), null);
    }

    /** The same furniture with the house style's security marking on every page (none when it is null or blank). */
    public PageFurniture marked(String marking) {
        return new PageFurniture(pageNumbers, runningHeader, marking == null || marking.isBlank() ? null
                : marking.strip());
    }
}
