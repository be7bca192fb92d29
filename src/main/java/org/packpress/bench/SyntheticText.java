package org.packpress.bench;

import java.util.Random;

/** Plausible committee-paper prose from a fixed seed, so every run of the bench sees the same data. */
final class SyntheticText {

    private static final String[] WORDS = ("the panel commissioner force police crime plan report officers"
            + " performance community safety partnership funding budget review scrutiny members victims"
            + " neighbourhood response demand resources inspection progress outcomes services public confidence"
            + " recruitment training custody contact centre emergency calls prevention reoffending youth"
            + " violence reduction strategy delivery quarter annual target measure data trend increase decrease"
            + " compared previous year local authority district area teams engagement support assurance risk"
            + " governance finance capital revenue savings estate technology programme project milestone update"
            + " and of to in for with on by from that which has have will was were this these those also").split(" ");

    private final Random random;

    SyntheticText(long seed) {
        random = new Random(seed);
    }

    String words(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    /** A sentence-cased sentence of about {@code count} words. */
    String sentence(int count) {
        String words = words(count);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    String paragraph(int sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            out.append(i > 0 ? " " : "").append(sentence(8 + random.nextInt(14)));
        }
        return out.toString();
    }

    /** A title-cased heading of a few words. */
    String heading(int count) {
        StringBuilder out = new StringBuilder();
        for (String word : words(count).split(" ")) {
            out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
