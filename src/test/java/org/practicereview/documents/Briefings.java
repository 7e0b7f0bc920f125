package org.practicereview.documents;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A realistic briefing, and ways to vary it. */
final class Briefings {

    private Briefings() {
    }

    static BriefingDocument childQ() {
        return new BriefingDocument("Serious Case Review (SCR) – Child Q", "Child Q",
                "Sefton Local Safeguarding Children Board", YearMonth.of(2027, 3), List.of(
                        new BriefingPanel("Background",
                                "Child Q, 14 months, was taken to hospital with a head injury. The family was "
                                        + "known to health visiting and early help."),
                        new BriefingPanel("Why it matters",
                                "Babies who are not yet mobile rarely bruise. Any bruise needs an explanation "
                                        + "and a referral, whoever sees it."),
                        new BriefingPanel("Key findings: information sharing",
                                "Three agencies each held part of the picture and nobody held all of it. "
                                        + "Concerns were noted, not shared."),
                        new BriefingPanel("Key findings: fathers and partners",
                                "The father and a new partner were rarely seen or assessed. Men in the "
                                        + "household were invisible to services."),
                        new BriefingPanel("Key findings: escalation",
                                "Practitioners disagreed with decisions but did not use the escalation "
                                        + "policy, so concerns were lost."),
                        new BriefingPanel("Things to remember",
                                "Think family: ask who lives in the household and who cares for the child, "
                                        + "and see them."),
                        new BriefingPanel("What to do",
                                "Follow the bruising protocol. Record and share concerns. Escalate when you "
                                        + "disagree, and record that you did.")),
                List.of("What are your key thoughts on this case?",
                        "How will the learning be embedded in your team, and how will you know?",
                        "How does it feed into your team's improvement plan?"));
    }

    static BriefingDocument withPanel(BriefingDocument base, int index, BriefingPanel panel) {
        List<BriefingPanel> panels = new ArrayList<>(base.panels());
        panels.set(index, panel);
        return new BriefingDocument(base.title(), base.pseudonym(), base.boardName(), base.published(), panels,
                base.reflectiveQuestions());
    }

    static BriefingDocument withPseudonym(BriefingDocument base, String pseudonym) {
        return new BriefingDocument(base.title(), pseudonym, base.boardName(), base.published(), base.panels(),
                base.reflectiveQuestions());
    }

    /** The same briefing drawn before publication, as the chair's preview. */
    static BriefingDocument draft(BriefingDocument base) {
        return BriefingDocument.draft(base.title(), base.pseudonym(), base.boardName(), base.panels(),
                base.reflectiveQuestions());
    }

    static String repeat(String glyph, int count) {
        return glyph.repeat(count);
    }
}
