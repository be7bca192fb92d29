package org.packpress.distribute;

import java.util.Map;
import org.packpress.render.text.OfficerTemplates;
import org.springframework.stereotype.Component;

/**
 * The officer-editable email texts in {@code templates/email/} (read at every send): the body's own
 * folder {@code templates/email/<body>/} first, then the shared one ({@link OfficerTemplates} also
 * falls back to the copy packaged in the jar). {@code {{name}}} fields are filled with the values.
 */
@Component
public class EmailTemplates {

    private final OfficerTemplates templates;

    public EmailTemplates(OfficerTemplates templates) {
        this.templates = templates;
    }

    /** The filled template {@code <name>.<part>.txt}, e.g. {@code agenda-pack.subject.txt}. */
    public String fill(String bodyId, String name, String part, Map<String, String> values) {
        String file = name + "." + part + ".txt";
        String text = templates.read("email/" + bodyId + "/" + file);
        if (text == null) {
            text = templates.read("email/" + file);
        }
        if (text == null) {
            throw new IllegalStateException("No email template " + file + ": add templates/email/" + file);
        }
        return OfficerTemplates.fill(text, values).strip().replaceAll("\n{3,}", "\n\n");
    }
}
