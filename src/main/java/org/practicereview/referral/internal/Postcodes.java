package org.practicereview.referral.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UK postcodes: written the one way ("LS1 4AP") and found inside free-text addresses. */
final class Postcodes {

    private static final Pattern IN_TEXT =
            Pattern.compile("\\b([A-Za-z]{1,2}[0-9][A-Za-z0-9]?) ?([0-9][A-Za-z]{2})\\b");

    private Postcodes() {}

    static String normalised(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    static List<String> foundIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            found.add(normalised(m.group(1) + m.group(2)));
        }
        return found;
    }
}
