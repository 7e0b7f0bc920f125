package org.practicereview.documents;

import java.util.Optional;
import org.practicereview.documents.internal.TextLayout;

/**
 * How much text each part of the 7 minute briefing is guaranteed to hold, for forms to check
 * before anything is rendered.
 *
 * <p>Each limit is measured, not guessed: the number of lines a section has, times the characters
 * per line when every character is the widest glyph of Liberation Sans in the repertoire of
 * British names and prose (Basic Latin, Latin-1, Latin Extended-A, typographic quotes, dashes and
 * the ellipsis: "@" in the regular face, "Æ" in bold). A line break costs the rest of its line, so
 * it counts as a whole line of characters. Words wrap whole, which can leave the end of a line
 * empty; ordinary prose is far narrower than the widest glyph and so still fits, and text that
 * nevertheless does not fit is refused with {@link DocumentTooLongException}, never cut.
 * {@code BriefingLimitsTest} derives every figure here from the layout and the font.
 */
public enum BriefingLimits {

    TITLE("Title", 54, 27),
    BOARD_NAME("Board name", 41, 41),
    PSEUDONYM("Pseudonym", 22, 22),
    PANEL_HEADING("Panel heading", 36, 18),
    PANEL_BODY("Panel text", 161, 23),
    QUESTION("Reflective question", 96, 48);

    private final String label;
    private final int maxLength;
    private final int lineLength;

    BriefingLimits(String label, int maxLength, int lineLength) {
        this.label = label;
        this.maxLength = maxLength;
        this.lineLength = lineLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** Characters of the widest glyph per line; also what a line break counts as. */
    public int lineLength() {
        return lineLength;
    }

    /** The length this limit is checked against: characters, a line break counting as a line. */
    public int lengthOf(String text) {
        String normalised = TextLayout.normalise(text).strip();
        long breaks = normalised.chars().filter(c -> c == '\n').count();
        long characters = normalised.codePointCount(0, normalised.length()) - breaks;
        return (int) Math.min(Integer.MAX_VALUE, characters + breaks * lineLength);
    }

    public boolean fits(String text) {
        return lengthOf(text) <= maxLength;
    }

    /** The first section of the briefing over its limit, named as a form would name it. */
    public static Optional<String> firstSectionTooLong(BriefingDocument briefing) {
        if (!TITLE.fits(briefing.title())) {
            return Optional.of(TITLE.label);
        }
        if (!BOARD_NAME.fits(briefing.boardName())) {
            return Optional.of(BOARD_NAME.label);
        }
        if (!PSEUDONYM.fits(briefing.pseudonym())) {
            return Optional.of(PSEUDONYM.label);
        }
        for (int i = 0; i < briefing.panels().size(); i++) {
            BriefingPanel panel = briefing.panels().get(i);
            if (!PANEL_HEADING.fits(panel.heading())) {
                return Optional.of(PANEL_HEADING.label + " " + (i + 1));
            }
            if (!PANEL_BODY.fits(panel.body())) {
                return Optional.of(PANEL_BODY.label + " " + (i + 1));
            }
        }
        for (int i = 0; i < briefing.reflectiveQuestions().size(); i++) {
            if (!QUESTION.fits(briefing.reflectiveQuestions().get(i))) {
                return Optional.of(QUESTION.label + " " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /** How this section is named in messages, with its number where there are several. */
    String label() {
        return label;
    }
}
