package org.packpress.documents;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.packpress.model.GeneratedPaperKind;
import org.springframework.stereotype.Component;

/** The generated-paper providers, one for each {@link GeneratedPaperKind}. */
@Component
public class GeneratedPapers {

    private final Map<GeneratedPaperKind, GeneratedPaperProvider> byKind = new EnumMap<>(GeneratedPaperKind.class);

    public GeneratedPapers(List<GeneratedPaperProvider> providers) {
        providers.forEach(p -> byKind.put(p.kind(), p));
        for (GeneratedPaperKind kind : GeneratedPaperKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalStateException("no provider for generated papers of kind " + kind.id());
            }
        }
    }

    public GeneratedPaperProvider of(GeneratedPaperKind kind) {
        return byKind.get(kind);
    }
}
