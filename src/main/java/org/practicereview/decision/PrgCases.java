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
import org.practicereview.documents.TrackingDate;
import org.practicereview.meetings.Meeting;
import org.practicereview.meetings.Meetings;
import org.practicereview.notification.Notification;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.CaseDetails;
import org.practicereview.referral.CaseRecords;
import org.practicereview.screening.PrgRecommendation;
import org.practicereview.screening.Screenings;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
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
    private final CaseRecords records;
    private final HistoryService history;
    private final Clock clock;
    private final NoticeSettings settings;
    private final TrackingDates trackingDates;
    private final Meetings meetings;

    PrgCases(JdbcClient jdbc, Screenings screenings, Decisions decisions, Notifications notifications,
             CaseDetails caseDetails, CaseRecords records, HistoryService history, Clock clock, NoticeSettings settings, Meetings meetings,
             TrackingDates trackingDates) {
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.screenings = screenings;
        this.decisions = decisions;
        this.notifications = notifications;
        this.caseDetails = caseDetails;
        this.records = records;
        this.history = history;
        this.clock = clock;
        this.settings = settings;
        this.trackingDates = trackingDates;
    }

    /** Cases screened from {@code from} to {@code to} inclusive (UK days), oldest first. */
    @Transactional(readOnly = true)
    public List<PrgCase> consideredBetween(LocalDate from, LocalDate to, Function<CaseReference, String> pseudonyms) {
        Instant start = from.atStartOfDay(WorkingDays.UK).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(WorkingDays.UK).toInstant();
        List<String> refs = jdbc.sql("select case_reference from screening where criteria_result is not null "
                        + "and screened_at >= ? and screened_at < ? group by case_reference order by min(screened_at)")
                .params(start.atOffset(java.time.ZoneOffset.UTC), end.atOffset(java.time.ZoneOffset.UTC)).query(String.class).list();
        java.util.Set<String> panel = settings.nationalPanelAddresses();
        return refs.stream().map(CaseReference::new).map(ref -> prgCase(ref, pseudonyms.apply(ref), panel)).toList();
    }

    private PrgCase prgCase(CaseReference ref, String pseudonym, java.util.Set<String> panel) {
        String criteria = screenings.latest(ref).map(s -> DecisionRecords.words(s.result().name())).orElse("Not evaluated");
        Optional<PrgRecommendation> advice = screenings.latestRecommendation(ref);
        Optional<RecordedDecision> decision = decisions.latest(ref);
        LocalDate decided = decision.map(d -> day(d.decidedAt())).orElse(null);
        // The purpose in the words of the case's law, as the case page says it (not its stored code); a screened case
        // without its case record took the serious case review's route.
        Regime regime = records.summary(ref).map(CaseRecords.Summary::regime).orElse(Regime.SCR_2006);
        String purpose = regime.purposeLabel(caseDetails.purpose(ref));
        return new PrgCase(ref, pseudonym, purpose, criteria,
                advice.map(a -> DecisionRecords.words(a.recommendation())).orElse(null),
                decision.map(d -> DecisionRecords.words(d.option().name())).orElse(null),
                referralDate(ref), decided, decisionClock(decision), panelNotice(ref, decision, panel), meetingsOf(ref),
                trackingDates.rows(ref).stream().map(r -> new TrackingDate(r.label(), r.value().replace("\n", "; "))).toList());
    }

    private String meetingsOf(CaseReference ref) {
        List<Meeting> considered = meetings.consideredAt(ref);
        return considered.isEmpty() ? null : String.join("; ", considered.stream().map(Meeting::title).toList());
    }

    private DeadlineStatus decisionClock(Optional<RecordedDecision> decision) {
        return decision.map(d -> d.withinDeadline() ? DeadlineStatus.MET : DeadlineStatus.MISSED)
                .orElse(DeadlineStatus.PENDING);
    }

    /**
     * The national panel hears of a decision within 14 days of it (deferrals are not notified): told
     * when the mail server took the notice, not when it was queued. The same rule as the auditor's
     * deadlines page: late when sent after its due time, or not sent by then.
     */
    private DeadlineStatus panelNotice(CaseReference ref, Optional<RecordedDecision> decision, java.util.Set<String> panel) {
        if (decision.isEmpty()) {
            return DeadlineStatus.PENDING;
        }
        RecordedDecision d = decision.get();
        if (d.option() == DecisionOption.DEFER) {
            return DeadlineStatus.NOT_APPLICABLE;
        }
        Instant decisionDue = d.decidedAt().plus(DecisionNotices.PANEL_NOTICE_CALENDAR_DAYS, ChronoUnit.DAYS);
        Optional<Notification> notice = notifications.forCase(ref).stream()
                .filter(n -> n.kind().statutory() && n.recipient() != null && panel.contains(n.recipient().toLowerCase(java.util.Locale.ROOT)))
                .reduce((first, last) -> last);
        Instant dueBy = notice.map(Notification::dueBy).orElse(decisionDue);
        boolean past = clock.instant().isAfter(dueBy == null ? decisionDue : dueBy);
        if (notice.isEmpty()) {
            return past ? DeadlineStatus.MISSED : DeadlineStatus.PENDING;
        }
        Notification n = notice.get();
        return switch (n.status()) {
            case SENT -> n.sentAt().isAfter(dueBy == null ? decisionDue : dueBy) ? DeadlineStatus.MISSED : DeadlineStatus.MET;
            case FAILED -> DeadlineStatus.FAILED;
            case QUEUED -> past ? DeadlineStatus.LATE_QUEUED : DeadlineStatus.QUEUED;
        };
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
