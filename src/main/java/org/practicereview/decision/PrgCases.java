package org.practicereview.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.practicereview.documents.DeadlineStatus;
import org.practicereview.documents.PrgCase;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.CaseDetails;
import org.practicereview.screening.PrgRecommendation;
import org.practicereview.screening.Screenings;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases the PRG considered (screened against the criteria) in a period, each with its criteria
 * result, recommendation, decision and timeliness against the one-month decision clock and the
 * 14-day national panel notice. By reference and pseudonym only: no personal data is read.
 */
@Service
public class PrgCases {

    private final JdbcClient jdbc;
    private final Screenings screenings;
    private final Decisions decisions;
    private final Notifications notifications;
    private final CaseDetails caseDetails;
    private final HistoryService history;
    private final Clock clock;

    PrgCases(JdbcClient jdbc, Screenings screenings, Decisions decisions, Notifications notifications,
             CaseDetails caseDetails, HistoryService history, Clock clock) {
        this.jdbc = jdbc;
        this.screenings = screenings;
        this.decisions = decisions;
        this.notifications = notifications;
        this.caseDetails = caseDetails;
        this.history = history;
        this.clock = clock;
    }

    /** Cases screened from {@code from} to {@code to} inclusive (UK days), oldest first. */
    @Transactional(readOnly = true)
    public List<PrgCase> consideredBetween(LocalDate from, LocalDate to, Function<CaseReference, String> pseudonyms) {
        Instant start = from.atStartOfDay(WorkingDays.UK).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(WorkingDays.UK).toInstant();
        List<String> refs = jdbc.sql("select case_reference from screening where criteria_result is not null "
                        + "and screened_at >= ? and screened_at < ? group by case_reference order by min(screened_at)")
                .params(start, end).query(String.class).list();
        return refs.stream().map(CaseReference::new).map(ref -> prgCase(ref, pseudonyms.apply(ref))).toList();
    }

    private PrgCase prgCase(CaseReference ref, String pseudonym) {
        String criteria = screenings.latest(ref).map(s -> DecisionRecords.words(s.result().name())).orElse("Not evaluated");
        Optional<PrgRecommendation> advice = screenings.latestRecommendation(ref);
        Optional<RecordedDecision> decision = decisions.latest(ref);
        LocalDate decided = decision.map(d -> day(d.decidedAt())).orElse(null);
        return new PrgCase(ref, pseudonym, DecisionRecords.words(caseDetails.purpose(ref)), criteria,
                advice.map(a -> DecisionRecords.words(a.recommendation())).orElse(null),
                decision.map(d -> DecisionRecords.words(d.option().name())).orElse(null),
                referralDate(ref), decided, decisionClock(decision), panelNotice(ref, decision));
    }

    private DeadlineStatus decisionClock(Optional<RecordedDecision> decision) {
        return decision.map(d -> d.withinDeadline() ? DeadlineStatus.MET : DeadlineStatus.MISSED)
                .orElse(DeadlineStatus.PENDING);
    }

    /** The national panel hears of a decision within 14 days of it (deferrals are not notified). */
    private DeadlineStatus panelNotice(CaseReference ref, Optional<RecordedDecision> decision) {
        if (decision.isEmpty()) {
            return DeadlineStatus.PENDING;
        }
        RecordedDecision d = decision.get();
        if (d.option() == DecisionOption.DEFER) {
            return DeadlineStatus.NOT_APPLICABLE;
        }
        Instant dueBy = d.decidedAt().plus(DecisionNotices.PANEL_NOTICE_CALENDAR_DAYS, ChronoUnit.DAYS);
        boolean noticed = notifications.forCase(ref).stream().anyMatch(n ->
                (n.kind() == NotificationKind.SCR_INITIATED_NOTICE || n.kind() == NotificationKind.SCR_NOT_INITIATED_NOTICE)
                        && !n.createdAt().isAfter(dueBy));
        return noticed ? DeadlineStatus.MET : clock.instant().isAfter(dueBy) ? DeadlineStatus.MISSED : DeadlineStatus.PENDING;
    }

    private LocalDate referralDate(CaseReference ref) {
        HistoricProcessInstance first = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref.value())
                .orderByProcessInstanceStartTime().asc().listPage(0, 1).stream().findFirst().orElse(null);
        return first == null ? LocalDate.now(clock.withZone(WorkingDays.UK)) : day(first.getStartTime().toInstant());
    }

    private static LocalDate day(Instant at) {
        return at.atZone(WorkingDays.UK).toLocalDate();
    }
}
