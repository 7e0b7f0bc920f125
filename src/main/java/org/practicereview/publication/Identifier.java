package org.practicereview.publication;

import java.util.regex.Pattern;

/**
 * One way a real identity may be written, as a pattern. {@code capitalisedOnly} marks a name that is
 * also a common word: it counts only where it is written with a capital (see {@link NameIdentifiers}).
 */
record Identifier(IdentifierKind kind, Pattern pattern, boolean capitalisedOnly) {

    /** Not preceded by a letter or digit: a word boundary that also works for names like Zoë or O'Neill. */
    static final String START = "(?<![\\p{L}\\p{N}])";
    /** Not followed by a letter or digit. */
    static final String END = "(?![\\p{L}\\p{N}])";
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static Identifier of(IdentifierKind kind, String regex) {
        return new Identifier(kind, Pattern.compile(START + regex + END, FLAGS), false);
    }

    boolean accepts(String matched) {
        return !capitalisedOnly || Character.isUpperCase(matched.codePointAt(0));
    }
}
