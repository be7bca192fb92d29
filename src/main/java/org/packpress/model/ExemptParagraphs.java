package org.packpress.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exempt-information rule: an item held in private names the paragraphs of Part 1 of Schedule 12A
 * to the Local Government Act 1972 that make it exempt, each one of paragraphs 1 to 7 ("paragraphs 1
 * and 3"). Used by the agenda and the minutes imports and by the documents that cite them.
 */
public final class ExemptParagraphs {

    public static final int FIRST = 1;
    public static final int LAST = 7;

    private ExemptParagraphs() {
    }

    /** Why a list of paragraphs is not right, or null when it is; an empty list (a public item) is right. */
    public static String problem(List<Integer> paragraphs) {
        List<Integer> wrong = paragraphs.stream().filter(p -> p == null || p < FIRST || p > LAST).toList();
        if (!wrong.isEmpty()) {
            return wrong.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (wrong.size() == 1 ? " is not a paragraph" : " are not paragraphs")
                    + " of Part 1 of Schedule 12A to the Local Government Act 1972 (" + FIRST + " to " + LAST + ")";
        }
        if (paragraphs.stream().distinct().count() < paragraphs.size()) {
            return "a paragraph is given twice: " + paragraphs;
        }
        return null;
    }

    /**
     * The values a text block may cite: {@code {{paragraph}}} the numbers ("3", "1 and 3") and
     * {@code {{paragraphs}}} with the word ("paragraph 3", "paragraphs 1 and 3").
     */
    public static Map<String, String> citation(List<Integer> paragraphs) {
        String numbers = numbers(paragraphs);
        return Map.of("paragraph", numbers, "paragraphs", (paragraphs.size() == 1 ? "paragraph " : "paragraphs ") + numbers);
    }

    private static String numbers(List<Integer> paragraphs) {
        List<String> sorted = paragraphs.stream().sorted().map(String::valueOf).toList();
        if (sorted.size() <= 1) {
            return String.join("", sorted);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.get(sorted.size() - 1);
    }
}
