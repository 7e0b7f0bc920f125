package org.practicereview.publication;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Patterns for a date of birth in the ways people write dates: 12/03/2015, 12.03.15, 12-3-2015,
 * 03/12/2015 (month first), 2015-03-12, 12 March 2015, 12th of Mar. 2015, March 12, 2015 and
 * Mar 12th 2015. Numbers may drop their leading zero; years may have two digits except in ISO form.
 */
final class DateIdentifiers {

    private static final String SEPARATOR = "\\s?[/.\\-]\\s?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    private DateIdentifiers() {}

    static List<Identifier> of(List<LocalDate> dates) {
        List<Identifier> out = new ArrayList<>();
        for (LocalDate date : dates) {
            out.addAll(of(date));
        }
        return out;
    }

    private static List<Identifier> of(LocalDate date) {
        String day = number(date.getDayOfMonth());
        String month = number(date.getMonthValue());
        String year = "(?:" + date.getYear() + "|" + String.format("%02d", date.getYear() % 100) + ")";
        String name = monthName(date);
        return List.of(
                Identifier.of(IdentifierKind.DATE_OF_BIRTH, day + SEPARATOR + month + SEPARATOR + year),
                Identifier.of(IdentifierKind.DATE_OF_BIRTH, month + SEPARATOR + day + SEPARATOR + year),
                Identifier.of(IdentifierKind.DATE_OF_BIRTH, date.getYear() + SEPARATOR + month + SEPARATOR + day),
                Identifier.of(IdentifierKind.DATE_OF_BIRTH,
                        day + ORDINAL + "\\s+(?:of\\s+)?" + name + "\\.?,?\\s+" + year),
                Identifier.of(IdentifierKind.DATE_OF_BIRTH, name + "\\.?\\s+" + day + ORDINAL + ",?\\s+" + year));
    }

    /** 3 or 03. */
    private static String number(int n) {
        return n < 10 ? "0?" + n : Integer.toString(n);
    }

    /** March, Mar; September also as Sept. */
    private static String monthName(LocalDate date) {
        String full = date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        String shortName = full.substring(0, 3);
        String sept = full.equals("September") ? "|Sept" : "";
        return "(?:" + full + sept + "|" + shortName + ")";
    }
}
