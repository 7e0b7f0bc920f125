package org.practicereview.publication;

import java.util.List;

/**
 * A 7 minute briefing as the web page and the PDF renderer show it: title ("Serious Case Review
 * (SCR) – Child Q"), board, month and year, seven numbered panels and three reflective questions.
 * {@code monthYear} is when it was published, or, while {@code published} is false, when it was generated.
 */
public record Briefing(String title, String pseudonym, String reviewTypeName, String boardName, String monthYear,
                       int version, List<Panel> panels, List<String> questions, boolean published) {

    public Briefing {
        panels = List.copyOf(panels);
        questions = List.copyOf(questions);
    }

    /** One numbered panel of the briefing. */
    public record Panel(int number, String heading, String text) {}
}
