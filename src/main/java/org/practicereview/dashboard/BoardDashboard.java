package org.practicereview.dashboard;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.decision.DecisionFigures;
import org.practicereview.decision.DeclineFollowUps;
import org.practicereview.documents.AnnualReportPdf;
import org.practicereview.learning.LearningFigures;
import org.practicereview.publication.PublicationClock;
import org.practicereview.referral.CaseIndex;
import org.practicereview.review.ReviewTargets;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's figures for a period, each read from the module that owns the fact: the case list's stages
 * ({@link CaseIndex}), the PRG report's decisions and their clocks ({@link DecisionFigures}, the PRG report's
 * rules counted by the database), the reviews' six-month target ({@link ReviewTargets}, the engine's history of the
 * target timer), the action plans and briefings in use ({@link LearningFigures}).
 */
@Service
@Transactional(readOnly = true)
public class BoardDashboard {

    public static final String NOT_DECIDED = "Not decided yet";

    private final CaseIndex cases;
    private final DecisionFigures decisions;
    private final LearningFigures learning;
    private final BoardSettings settings;
    private final ReviewTargets reviews;
    private final DeclineFollowUps followUps;
    private final PublicationClock publicationClock;

    BoardDashboard(CaseIndex cases, DecisionFigures decisions, LearningFigures learning, BoardSettings settings, ReviewTargets reviews,
                   DeclineFollowUps followUps, PublicationClock publicationClock) {
        this.followUps = followUps;
        this.publicationClock = publicationClock;
        this.settings = settings;
        this.reviews = reviews;
        this.cases = cases;
        this.decisions = decisions;
        this.learning = learning;
    }

    /** The PRG, the chair and the auditor read the dashboard. */
    public static boolean mayRead(Actor viewer) {
        return viewer.has(Role.PRG_COORDINATOR) || viewer.has(Role.PRG_MEMBER) || viewer.has(Role.CHAIR) || viewer.has(Role.AUDITOR);
    }

    public List<Chart> charts(Actor viewer, Period period) {
        if (!mayRead(viewer)) {
            throw new NotPermittedException("Not for this user");
        }
        String when = period.words();
        Map<String, Long> stages = new LinkedHashMap<>();
        Map<Stage, Long> byStage = cases.countByStage(period.from(), period.to());
        Arrays.stream(Stage.values()).forEach(s -> stages.put(s.label(), byStage.getOrDefault(s, 0L)));
        DecisionFigures.Figures considered = decisions.consideredBetween(period.firstDay(), period.end(), NOT_DECIDED);
        LearningFigures.Figures figures = learning.between(viewer, period.from(), period.to());
        return List.of(
                Chart.of("stages", "Cases referred in " + when + ", by where they stand now", "Stage", stages),
                Chart.of("outcomes", "Cases the PRG considered in " + when + ", by the chair's decision", "Decision",
                        considered.outcomes()),
                Chart.of("decision-clock", "Chair's decision within one month of referral, cases considered in " + when,
                        "Decision made", considered.decisionClock()),
                Chart.of("panel-notice", "National panel told within 14 days of the decision, cases considered in " + when,
                        "Notice", considered.panelNotice()),
                Chart.of("review-target", "Reviews started in " + when + ", by their six-month target", "Review",
                        reviews.startedBetween(period.from(), period.to())),
                Chart.of("publication-notice", "Reviews published in " + when + ", by whether the national panel and Ofsted had "
                        + "the report a notice period before", "Publication", publicationClock.publishedBetween(period.from(), period.to())),
                Chart.of("action-plans", "Action plans opened in " + when + ", by status", "Action plan", figures.plans()),
                Chart.of("actions", "Actions of the action plans opened in " + when + ", by status", "Status", figures.actions()),
                Chart.of("follow-ups", "Follow-up actions of decisions not to review, asked in " + when + ", by status",
                        "Follow-up action", followUps.askedBetween(period.from(), period.to())),
                Chart.of("briefing-uses", "Uses of 7 minute briefings recorded for " + when + ", by agency", "Agency",
                        figures.briefingUsesByAgency()),
                Chart.of("briefing-staff", "Staff reached by 7 minute briefings in " + when + ", by agency", "Agency",
                        figures.staffReachedByAgency()),
                Chart.of("briefing-take-up", "Uses of 7 minute briefings recorded for " + when + ", by briefing", "Briefing",
                        learning.usesByBriefingBetween(viewer, period.from(), period.to())),
                Chart.of("what-changed", "Agencies asked in " + when + " what changed in practice after a review, and how many answered",
                        "Agencies", learning.practiceQuestionsBetween(viewer, period.from(), period.to())));
    }

    /** The dashboard's figures for a whole year, the same charts in the same order, for the annual report PDF. */
    public AnnualReportPdf.AnnualReport annualReport(Actor viewer, int year) {
        List<AnnualReportPdf.Figure> figures = charts(viewer, new Period(year, null)).stream()
                .map(c -> new AnnualReportPdf.Figure(c.title(), c.category(),
                        c.rows().stream().map(r -> new AnnualReportPdf.Bar(r.label(), r.value())).toList()))
                .toList();
        return new AnnualReportPdf.AnnualReport(settings.current().boardName(), year, figures);
    }
}
