package org.practicereview.publication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns for addresses and postcodes. An address is read as comma- or line-separated parts; each
 * street line (a part with a house number or a street word such as Road) is found as written and
 * without its house number ("Acacia Avenue" alone can identify a family in a small town), with any
 * spacing, punctuation or case, and with the usual abbreviations (Rd, St, Ave, ...). Town and county
 * parts are not identifiers by themselves: reviews name the area. Postcodes are found with or without
 * their space and in any case, including postcodes written inside an address.
 */
final class AddressIdentifiers {

    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("road", "rd"), Map.entry("street", "st"), Map.entry("avenue", "ave?"),
            Map.entry("lane", "ln"), Map.entry("drive", "dr"), Map.entry("close", "cl"), Map.entry("court", "ct"),
            Map.entry("crescent", "cres"), Map.entry("place", "pl"), Map.entry("gardens", "gdns"),
            Map.entry("terrace", "terr?"), Map.entry("square", "sq"), Map.entry("grove", "gr"),
            Map.entry("way", "wy"), Map.entry("park", "pk"), Map.entry("walk", "wlk"), Map.entry("mews", "mews"));
    private static final Pattern POSTCODE = Pattern.compile("\\b([A-Z]{1,2}\\d[A-Z\\d]?)\\s*(\\d[A-Z]{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^(?:(?:flat|apartment|unit)\\s+\\w+\\s+)?\\d+[a-z]?\\s+",
            Pattern.CASE_INSENSITIVE);

    private AddressIdentifiers() {}

    static List<Identifier> of(List<String> addresses, List<String> postcodes) {
        Set<String> streets = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>(postcodes);
        for (String address : addresses) {
            streets.addAll(streetLines(address));
            Matcher m = POSTCODE.matcher(address);
            while (m.find()) {
                codes.add(m.group());
            }
        }
        List<Identifier> out = new ArrayList<>();
        streets.forEach(s -> out.add(Identifier.of(IdentifierKind.ADDRESS, words(s))));
        codes.forEach(c -> out.add(Identifier.of(IdentifierKind.POSTCODE, postcode(c))));
        return out;
    }

    /** Street lines as written, and again without the house number. */
    private static Set<String> streetLines(String address) {
        Set<String> lines = new LinkedHashSet<>();
        String[] parts = POSTCODE.matcher(address).replaceAll("").split("[,\\n]");
        for (String part : parts) {
            String line = part.strip();
            if (isStreetLine(line)) {
                lines.add(line);
                String street = HOUSE_NUMBER.matcher(line).replaceFirst("").strip();
                if (!street.equals(line) && street.contains(" ")) {
                    lines.add(street);
                }
            }
        }
        if (lines.isEmpty() && parts.length > 0 && !parts[0].isBlank()) {
            lines.add(parts[0].strip());
        }
        return lines;
    }

    private static boolean isStreetLine(String line) {
        if (line.isEmpty()) {
            return false;
        }
        String last = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).replace(".", "");
        return HOUSE_NUMBER.matcher(line).find() || streetWord(last) != null;
    }

    /** The full street word for a word or its abbreviation (road for Rd), or null. */
    private static String streetWord(String lower) {
        for (Map.Entry<String, String> e : STREET_WORDS.entrySet()) {
            if (lower.equals(e.getKey()) || lower.matches(e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String words(String line) {
        List<String> words = new ArrayList<>();
        for (String w : line.split("[\\s,.]+")) {
            if (!w.isEmpty()) {
                words.add(word(w));
            }
        }
        return String.join("[\\s,.]*\\s*", words);
    }

    private static String word(String w) {
        String street = streetWord(w.toLowerCase(Locale.ROOT));
        return street == null ? NameIdentifiers.literal(w) : "(?:" + street + "|" + STREET_WORDS.get(street) + ")\\.?";
    }

    private static String postcode(String code) {
        String compact = code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5) {
            return Pattern.quote(compact);
        }
        int split = compact.length() - 3;
        return Pattern.quote(compact.substring(0, split)) + "\\s*" + Pattern.quote(compact.substring(split));
    }
}
