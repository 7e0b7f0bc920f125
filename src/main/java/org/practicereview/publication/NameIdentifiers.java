package org.practicereview.publication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Patterns for the real names of a case: each full name, first and last name together, and every
 * name part alone (first names, middle names, surnames, both halves of a double-barrelled surname),
 * each also with a possessive ('s, ’s or a bare apostrophe), in any case, never inside a longer word
 * ("Jo" does not match "Jones").
 *
 * <p><b>Names that are also common words</b> (Hope, Joy, Grace, Faith, Rose, Summer, Will, Mark,
 * Brown, Green, ...; see {@link #COMMON_WORDS}): alone, such a name is a finding only when written
 * with a capital letter (Hope, HOPE), wherever it stands, sentence starts included; lower case
 * ("we hope", "with joy") is the word and is left alone. Written with another part of the full name
 * it is a finding in any case. We chose this over flagging every occurrence for a person to dismiss
 * because a dismissal would have to be remembered across re-checks, and a pack that still names a
 * child is the harm we must not risk: a capitalised common word at the start of a sentence ("Hope is
 * what families need") is flagged, and the coordinator rewords it. That costs a rewording now and then;
 * missing "Hope was taken to hospital" would cost the child's anonymity.
 */
final class NameIdentifiers {

    static final Set<String> COMMON_WORDS = Set.of(
            "hope", "joy", "grace", "faith", "charity", "patience", "honor", "honour", "prudence", "mercy",
            "rose", "lily", "daisy", "holly", "ivy", "iris", "violet", "poppy", "heather", "hazel", "jasmine",
            "ruby", "amber", "jade", "pearl", "crystal", "summer", "autumn", "april", "may", "june", "dawn",
            "sky", "storm", "rain", "river", "brook", "star", "angel", "sunny", "destiny", "harmony", "melody",
            "bill", "mark", "will", "frank", "pat", "rob", "guy", "jack", "bob", "sue", "ray", "rich", "don",
            "brown", "green", "white", "black", "young", "king", "wood", "hill", "moore", "cook", "baker",
            "price", "bell", "wells", "hart", "lane", "page", "fox", "long", "short", "rice", "hunter", "mason",
            "marsh", "parsons", "church", "hall", "walker", "bush", "north", "west", "little", "sharp", "gay",
            "wise", "hardy", "noble", "field", "ford", "house", "love", "sweet", "golden", "best");

    private static final String POSSESSIVE = "(?:['’]s|['’])?";

    private NameIdentifiers() {}

    static List<Identifier> of(List<String> fullNames) {
        List<Identifier> out = new ArrayList<>();
        Set<String> parts = new LinkedHashSet<>();
        for (String fullName : fullNames) {
            List<String> words = List.of(fullName.strip().split("\\s+"));
            if (words.size() > 1) {
                out.add(Identifier.of(IdentifierKind.NAME, phrase(words) + POSSESSIVE));
                out.add(Identifier.of(IdentifierKind.NAME, phrase(List.of(words.get(0), words.get(words.size() - 1))) + POSSESSIVE));
            }
            for (String word : words) {
                parts.add(word);
                parts.addAll(List.of(word.split("-")));
            }
        }
        parts.stream().filter(p -> p.codePointCount(0, p.length()) > 1).forEach(p -> out.add(part(p)));
        return out;
    }

    private static Identifier part(String name) {
        Identifier any = Identifier.of(IdentifierKind.NAME, literal(name) + POSSESSIVE);
        boolean common = COMMON_WORDS.contains(name.toLowerCase(Locale.ROOT));
        return new Identifier(any.kind(), any.pattern(), common);
    }

    private static String phrase(List<String> words) {
        return String.join("\\s+", words.stream().map(NameIdentifiers::literal).toList());
    }

    /** The name as written, except that straight and curly apostrophes are the same. */
    static String literal(String name) {
        StringBuilder regex = new StringBuilder();
        for (String piece : name.split("['’]", -1)) {
            if (!regex.isEmpty()) {
                regex.append("['’]");
            }
            regex.append(piece.isEmpty() ? "" : Pattern.quote(piece));
        }
        return regex.toString();
    }
}
