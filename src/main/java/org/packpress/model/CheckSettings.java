package org.packpress.model;

import java.util.List;

/**
 * How the consistency checks treat a body's papers ({@code checks.yaml} of the body folder): which
 * warnings count as errors for this body, so that a pack with them is not published, and which agenda
 * titles are declared aliases of the title of their paper.
 *
 * @param errors ids of rules whose warnings this body treats as errors
 * @param aliases agenda item titles declared equal to the title of their paper
 */
public record CheckSettings(List<String> errors, List<TitleAlias> aliases) {

    public static final CheckSettings DEFAULT = new CheckSettings(List.of(), List.of());

    public CheckSettings {
        errors = errors == null ? List.of() : List.copyOf(errors);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** An agenda title ("POLICE AND CRIME PANEL WORK PROGRAMME") and the paper title it stands for. */
    public record TitleAlias(String item, String paper) {
    }
}
