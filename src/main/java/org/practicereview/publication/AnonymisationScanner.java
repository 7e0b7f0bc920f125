package org.practicereview.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.practicereview.referral.CaseDetails.IdentifyingDetails;

/**
 * Finds the case's real names, dates of birth, addresses and postcodes in the texts of a pack
 * (patterns: {@link NameIdentifiers}, {@link DateIdentifiers}, {@link AddressIdentifiers}). Where
 * matches overlap, the earliest and then the longest wins, so "Amelia Smith's" is one finding, not
 * three. Each finding carries up to {@value #CONTEXT_WORDS} words either side from the masked text.
 * A name that is also a common word (Hope, Joy, Grace) is a finding only when capitalised, anywhere,
 * or written with the rest of the name; why, in {@link NameIdentifiers}.
 */
final class AnonymisationScanner {

    static final int CONTEXT_WORDS = 6;

    private final List<Identifier> identifiers;

    AnonymisationScanner(IdentifyingDetails details) {
        List<Identifier> all = new ArrayList<>();
        all.addAll(NameIdentifiers.of(nullSafe(details.fullNames())));
        all.addAll(DateIdentifiers.of(nullSafe(details.datesOfBirth())));
        all.addAll(AddressIdentifiers.of(nullSafe(details.addresses()), nullSafe(details.postcodes())));
        this.identifiers = List.copyOf(all);
    }

    /** Findings of every field, in the order of the given map and of each text. */
    List<Finding> scan(Map<String, String> texts) {
        List<Finding> findings = new ArrayList<>();
        texts.forEach((field, text) -> {
            if (text != null) {
                findings.addAll(scan(field, text));
            }
        });
        return findings;
    }

    List<Finding> scan(String field, String text) {
        List<Span> spans = spans(text);
        StringBuilder masked = new StringBuilder();
        List<int[]> placed = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            masked.append(text, at, s.start());
            placed.add(new int[] {masked.length(), masked.length() + s.kind().placeholder().length()});
            masked.append(s.kind().placeholder());
            at = s.end();
        }
        masked.append(text.substring(at));
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            out.add(new Finding(field, spans.get(i).kind(), context(masked.toString(), placed.get(i))));
        }
        return out;
    }

    /** Every accepted match, without overlaps. */
    private List<Span> spans(String text) {
        List<Span> all = new ArrayList<>();
        for (Identifier id : identifiers) {
            Matcher m = id.pattern().matcher(text);
            while (m.find()) {
                if (id.accepts(m.group())) {
                    all.add(new Span(m.start(), m.end(), id.kind()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> kept = new ArrayList<>();
        int end = -1;
        for (Span s : all) {
            if (s.start() >= end) {
                kept.add(s);
                end = s.end();
            }
        }
        return kept;
    }

    /** The masked text around a placeholder, as written, cut after a number of words either side. */
    private static String context(String masked, int[] placeholder) {
        int from = wordsBack(masked, placeholder[0]);
        int to = wordsOn(masked, placeholder[1]);
        String around = masked.substring(from, to).strip().replaceAll("\\s+", " ");
        String before = masked.substring(0, from).isBlank() ? "" : "… ";
        String after = masked.substring(to).isBlank() ? "" : " …";
        return before + around + after;
    }

    private static int wordsBack(String text, int start) {
        int i = start;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        for (int words = 0; words < CONTEXT_WORDS && i > 0; words++) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private static int wordsOn(String text, int end) {
        int i = end;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        for (int words = 0; words < CONTEXT_WORDS && i < text.length(); words++) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private record Span(int start, int end, IdentifierKind kind) {}
}
