package org.packpress.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The generated-paper providers, by kind. */
@Component
public class GeneratedPapers {

    private final Map<String, GeneratedPaperProvider> byKind;

    public GeneratedPapers(List<GeneratedPaperProvider> providers) {
        this.byKind = providers.stream().collect(Collectors.toMap(GeneratedPaperProvider::kind, Function.identity()));
    }

    public boolean knows(String kind) {
        return byKind.containsKey(kind);
    }

    public Optional<GeneratedPaperProvider> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }
}
