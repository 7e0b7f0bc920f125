package org.practicereview.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text as people (and pasted documents) type it: mostly ASCII and Latin, with Greek, Cyrillic,
 * Hebrew, Arabic, combining marks, symbols, emoji, CJK, controls, joiners, bidirectional controls
 * and lone surrogates mixed in.
 */
public final class TypedText {

    /** Weight, then the first and last code point of each kind of character. */
    private static final int[][] KINDS = {
            {4, 0x20, 0x7E}, {2, 0xA0, 0x24F}, {2, 0x370, 0x52F}, {2, 0x590, 0x6FF}, {2, 0x300, 0x36F},
            {2, 0x2000, 0x2BFF}, {3, 0x1F300, 0x1FAFF}, {1, 0x4E00, 0x9FFF}, {1, 0x0, 0x1F}};
    private static final int[] ODD_ONES = {0x200D, 0xFE0F, 0x202E, 0x2066, 0xFEFF, 0xD83D, 0xDC00};

    private TypedText() {
    }

    /** For jqwik properties. */
    public static Arbitrary<String> any() {
        List<Tuple.Tuple2<Integer, Arbitrary<Integer>>> kinds = new ArrayList<>();
        for (int[] kind : KINDS) {
            kinds.add(Tuple.of(kind[0], Arbitraries.integers().between(kind[1], kind[2])));
        }
        kinds.add(Tuple.of(1, Arbitraries.of(0x200D, 0xFE0F, 0x202E, 0x2066, 0xFEFF, 0xD83D, 0xDC00)));
        @SuppressWarnings("unchecked")
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(kinds.toArray(Tuple.Tuple2[]::new));
        return codePoint.list().ofMinSize(1).ofMaxSize(24).map(TypedText::text);
    }

    /** The same mix from a seeded random, for tests outside jqwik (Spring tests). */
    public static String next(Random random) {
        int total = ODD_ONES.length == 0 ? 0 : 1;
        for (int[] kind : KINDS) {
            total += kind[0];
        }
        List<Integer> codePoints = new ArrayList<>();
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(total);
            int cp = ODD_ONES[random.nextInt(ODD_ONES.length)];
            for (int[] kind : KINDS) {
                if (pick < kind[0]) {
                    cp = kind[1] + random.nextInt(kind[2] - kind[1] + 1);
                    break;
                }
                pick -= kind[0];
            }
            codePoints.add(cp);
        }
        return text(codePoints);
    }

    private static String text(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(cp -> text.append(Character.toChars(cp)));
        return text.toString();
    }
}
