package org.practicereview.documents;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a 7 minute briefing says: the review's title (such as "Serious Case Review (SCR) – Child Q"),
 * the child's pseudonym, the board, the month of publication, seven panels and three reflective
 * questions. It holds no personal data: the pseudonym is all that names the child. A briefing drawn
 * before publication (the preview the chair approves) has no month of publication: {@code published}
 * is null and the page says it is a draft ({@link #draft}).
 */
public record BriefingDocument(String title, String pseudonym, String boardName, YearMonth published,
        List<BriefingPanel> panels, List<String> reflectiveQuestions) {

    public static final int PANELS = 7;
    public static final int QUESTIONS = 3;

    /** A briefing not published yet: the page says so instead of a month of publication. */
    public static BriefingDocument draft(String title, String pseudonym, String boardName, List<BriefingPanel> panels,
            List<String> reflectiveQuestions) {
        return new BriefingDocument(title, pseudonym, boardName, null, panels, reflectiveQuestions);
    }

    public boolean isDraft() {
        return published == null;
    }

    public BriefingDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(boardName, "boardName");
        panels = List.copyOf(panels);
        reflectiveQuestions = List.copyOf(reflectiveQuestions);
        if (panels.size() != PANELS) {
            throw new IllegalArgumentException("A 7 minute briefing has " + PANELS + " panels, not " + panels.size());
        }
        if (reflectiveQuestions.size() != QUESTIONS) {
            throw new IllegalArgumentException(
                    "A 7 minute briefing has " + QUESTIONS + " reflective questions, not " + reflectiveQuestions.size());
        }
    }
}
