package org.practicereview.documents;

import static org.practicereview.documents.BriefingLayout.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.practicereview.documents.internal.Fonts;
import org.practicereview.documents.internal.TextLayout;
import org.practicereview.documents.internal.Typeface;

/**
 * Whether each section of the 7 minute briefing fits its box, measured exactly as the page is
 * set: the same font, size, width and word wrapping, so a text that fits here renders and one that
 * does not is refused, never cut. Forms ask before anything is rendered; the renderer asks again.
 */
public final class BriefingFit {

    /** Widest month as set on the page, for checking a pseudonym before the month is known. */
    private static final String WIDEST_MONTH = "September 2099";
    private static final PDDocument SCRATCH = new PDDocument();
    private static final Typeface REGULAR = Fonts.forMeasuring(SCRATCH, Fonts.Face.REGULAR);
    private static final Typeface BOLD = Fonts.forMeasuring(SCRATCH, Fonts.Face.BOLD);

    private BriefingFit() {
    }

    /**
     * The measure of one section: its length in characters and, when it does not fit, the most
     * characters of this same text its box holds (the longest start of it that fits).
     */
    public record Fit(String section, int length, int capacity) {

        public boolean fits() {
            return length <= capacity;
        }

        /** How many characters to cut, at least. */
        public int over() {
            return Math.max(0, length - capacity);
        }
    }

    public static Fit title(String title) {
        return measure("Title", title, BOLD, TITLE_SIZE, BAND_TEXT_WIDTH, TITLE_LINES);
    }

    public static Fit boardName(String boardName) {
        return measure("Board name", boardName, REGULAR, META_SIZE, BAND_TEXT_WIDTH, 1);
    }

    /**
     * The pseudonym on its line with "Pseudonym:" and the publication month, or the draft's words on the
     * preview drawn before publication, whichever is wider: a pseudonym fits both or is refused.
     */
    public static Fit pseudonym(String pseudonym) {
        float published = width(REGULAR, META_SIZE, BriefingPage.PUBLISHED_PREFIX + WIDEST_MONTH);
        float draft = width(REGULAR, META_SIZE, BriefingPage.DRAFT_SUFFIX);
        float width = BAND_TEXT_WIDTH - width(REGULAR, META_SIZE, BriefingPage.PSEUDONYM_PREFIX)
                - Math.max(published, draft);
        return measure("Pseudonym", pseudonym, REGULAR, META_SIZE, width, 1);
    }

    /** A panel's heading (numbered from 1). */
    public static Fit panelHeading(int number, String heading) {
        return measure("Panel heading " + number, heading, BOLD, HEADING_SIZE, HEADING_WIDTH, HEADING_LINES);
    }

    /** A panel's text under its heading: a one-line heading leaves the text a line more. */
    public static Fit panelText(int number, String heading, String text) {
        return measure("Panel text " + number, text, REGULAR, BODY_SIZE, BODY_WIDTH, bodyLines(headingLines(heading)));
    }

    /** A reflective question (numbered from 1). */
    public static Fit question(int number, String question) {
        return measure("Reflective question " + number, question, REGULAR, BODY_SIZE, QUESTION_WIDTH, QUESTION_LINES);
    }

    /** Every section of the briefing that does not fit, in page order. */
    public static List<Fit> tooLong(BriefingDocument briefing) {
        List<Fit> fits = new ArrayList<>(List.of(title(briefing.title()), boardName(briefing.boardName()),
                pseudonym(briefing.pseudonym())));
        for (int i = 0; i < briefing.panels().size(); i++) {
            BriefingPanel panel = briefing.panels().get(i);
            fits.add(panelHeading(i + 1, panel.heading()));
            fits.add(panelText(i + 1, panel.heading(), panel.body()));
        }
        for (int i = 0; i < briefing.reflectiveQuestions().size(); i++) {
            fits.add(question(i + 1, briefing.reflectiveQuestions().get(i)));
        }
        return fits.stream().filter(f -> !f.fits()).toList();
    }

    public static Optional<Fit> firstTooLong(BriefingDocument briefing) {
        return tooLong(briefing).stream().findFirst();
    }

    static int headingLines(String heading) {
        synchronized (SCRATCH) {
            return Math.max(1, TextLayout.wrap(clean(heading), BOLD, HEADING_SIZE, HEADING_WIDTH).size());
        }
    }

    private static Fit measure(String section, String text, Typeface font, float size, float width, int maxLines) {
        String clean = clean(text);
        int[] codePoints = clean.codePoints().toArray();
        synchronized (SCRATCH) {
            if (lines(clean, font, size, width) <= maxLines) {
                return new Fit(section, codePoints.length, codePoints.length);
            }
            int fitting = 0;
            int tooMany = codePoints.length;
            while (tooMany - fitting > 1) {
                int middle = (fitting + tooMany) >>> 1;
                if (lines(new String(codePoints, 0, middle), font, size, width) <= maxLines) {
                    fitting = middle;
                } else {
                    tooMany = middle;
                }
            }
            return new Fit(section, codePoints.length, fitting);
        }
    }

    private static int lines(String text, Typeface font, float size, float width) {
        return TextLayout.wrap(text.strip(), font, size, width).size();
    }

    private static float width(Typeface font, float size, String text) {
        synchronized (SCRATCH) {
            return TextLayout.width(font, size, text);
        }
    }

    private static String clean(String text) {
        return TextLayout.normalise(text).strip();
    }

}
