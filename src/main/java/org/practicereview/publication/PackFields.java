package org.practicereview.publication;

import java.util.List;

/**
 * The field keys of the publication pack, shared by the prepare-publication-pack and
 * resolve-anonymisation-findings forms. Every one of {@link #TEXTS} is checked for real identities.
 *
 * <p>The forms' maxLength on the briefing texts is only a generous upper bound. The limit is the
 * space on the one-page briefing, measured with the real font and wrapping by the documents module
 * ({@code BriefingFit}) when the pack or a revision is submitted (see {@link BriefingSpace}), so an
 * overlong panel is refused at validation and the renderer never has to cut text.
 */
final class PackFields {

    static final String PSEUDONYM = "pseudonym";
    static final String THEMES = "themes";
    static final String EXECUTIVE_SUMMARY = "executiveSummary";
    static final String PROCEEDINGS_OPEN = "proceedingsOpen";
    /**
     * The board's written response, copied from the sign-off when the pack is prepared (nobody retypes it)
     * and published with the report. Not a form field: it is the board's own text, so the anonymisation
     * check reads it under {@link #BOARD_RESPONSE_WHERE} and only the chair's override passes a finding in it.
     */
    static final String BOARD_RESPONSE = "boardResponse";
    static final String BOARD_RESPONSE_WHERE = "The board's written response";
    static final String CHECK_PROCEEDINGS_BY = "checkProceedingsBy";
    /** A decision, not published text: whether only a summary is published, and why (for the board only). */
    static final String SUMMARY_ONLY = "summaryOnly";
    static final String SUMMARY_ONLY_REASON = "summaryOnlyReason";
    /** A local review's final report went to the national panel and the Secretary of State on this day. */
    static final String REPORT_SENT_ON = "reportSentToPanelOn";

    /** Panels of the 7 minute briefing: number, fixed heading (or the key of an editable one), text key. */
    static final List<Panel> PANELS = List.of(
            new Panel(1, "Background", null, "briefing1Background"),
            new Panel(2, "Why it matters", null, "briefing2WhyItMatters"),
            new Panel(3, null, "briefing3Heading", "briefing3Text"),
            new Panel(4, null, "briefing4Heading", "briefing4Text"),
            new Panel(5, null, "briefing5Heading", "briefing5Text"),
            new Panel(6, "Things to remember", null, "briefing6ThingsToRemember"),
            new Panel(7, "What to do", null, "briefing7Actions"));

    static final List<String> QUESTIONS = List.of("reflectiveQuestion1", "reflectiveQuestion2", "reflectiveQuestion3");

    static final List<String> CATALOGUE = List.of(
            "catalogueSummary", "catalogueLearning", "catalogueRecommendations", "catalogueMethodology");

    /** Every free-text field of the pack, in form order. */
    static final List<String> TEXTS = List.of(PSEUDONYM,
            "briefing1Background", "briefing2WhyItMatters",
            "briefing3Heading", "briefing3Text", "briefing4Heading", "briefing4Text", "briefing5Heading", "briefing5Text",
            "briefing6ThingsToRemember", "briefing7Actions",
            "reflectiveQuestion1", "reflectiveQuestion2", "reflectiveQuestion3",
            THEMES, EXECUTIVE_SUMMARY,
            "catalogueSummary", "catalogueLearning", "catalogueRecommendations", "catalogueMethodology");

    record Panel(int number, String fixedHeading, String headingKey, String textKey) {}

    private PackFields() {}
}
