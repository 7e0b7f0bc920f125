package org.practicereview.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.practicereview.documents.DeadlineStatus;
import org.practicereview.notification.NotificationKind;
import org.practicereview.workflow.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's figures of the cases the PRG considered in a period, counted by the database: the same cases
 * and the same rules as {@link PrgCases} (the chair's latest decision, its one-month clock, the national
 * panel's 14-day notice), but a few grouped queries whatever the number of cases, where the PRG report
 * reads each case in full.
 */
@Service
@Transactional(readOnly = true)
public class DecisionFigures {

    /** Counts by what people read, each map in the order of its words. */
    public record Figures(Map<String, Long> outcomes, Map<String, Long> decisionClock, Map<String, Long> panelNotice) {}

    /** The cases with a screening in the period ({@link PrgCases#consideredBetween}), each with its latest decision. */
    private static final String CONSIDERED = "from (select distinct case_reference from screening where criteria_result is not null"
            + " and screened_at >= :from and screened_at < :to) c"
            + " left join scr_decision d on d.id = (select max(x.id) from scr_decision x where x.case_reference = c.case_reference)";

    private final JdbcClient jdbc;
    private final NoticeSettings settings;
    private final Clock clock;

    DecisionFigures(JdbcClient jdbc, NoticeSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The cases screened from {@code from} (inclusive) to {@code to} (exclusive), UK days. */
    public Figures consideredBetween(LocalDate from, LocalDate to, String notDecided) {
        Instant start = from.atStartOfDay(WorkingDays.UK).toInstant();
        Instant end = to.atStartOfDay(WorkingDays.UK).toInstant();
        Map<String, Long> outcomes = new TreeMap<>();
        Map<String, Long> clocks = new TreeMap<>();
        jdbc.sql("select d.decision_option, d.within_deadline, count(*) as n " + CONSIDERED
                        + " group by d.decision_option, d.within_deadline")
                .param("from", at(start)).param("to", at(end))
                .query((rs, row) -> {
                    String option = rs.getString("decision_option");
                    long n = rs.getLong("n");
                    outcomes.merge(option == null ? notDecided : DecisionRecords.words(option), n, Long::sum);
                    DeadlineStatus clock = option == null ? DeadlineStatus.PENDING
                            : rs.getBoolean("within_deadline") ? DeadlineStatus.MET : DeadlineStatus.MISSED;
                    return clocks.merge(clock.label(), n, Long::sum);
                }).list();
        return new Figures(new LinkedHashMap<>(outcomes), new LinkedHashMap<>(clocks), panelNotices(start, end));
    }

    /**
     * The national panel's notice of each decision but a deferral, by the rule of {@link PrgCases}: due 14 days
     * after the decision unless the notice has its own due time; met when the mail server took it by then.
     */
    private Map<String, Long> panelNotices(Instant start, Instant end) {
        Set<String> panel = settings.nationalPanelAddresses();
        String due = "coalesce(n.due_by, d.decided_at + interval '" + DecisionNotices.PANEL_NOTICE_CALENDAR_DAYS * 24 + "' hour)";
        String notice = panel.isEmpty() ? "left join notification n on 1 = 0"
                : "left join notification n on n.id = (select max(m.id) from notification m where m.case_reference = c.case_reference"
                + " and m.kind in (:statutory) and lower(m.recipient) in (:panel))";
        String status = "case when d.id is null then 'PENDING'"
                + " when d.decision_option = 'DEFER' then 'NOT_APPLICABLE'"
                + " when n.id is null then case when :now > " + due + " then 'MISSED' else 'PENDING' end"
                + " when n.sent_at is not null then case when n.sent_at > " + due + " then 'MISSED' else 'MET' end"
                + " when n.failed_at is not null then 'FAILED'"
                + " when :now > " + due + " then 'LATE_QUEUED' else 'QUEUED' end";
        var query = jdbc.sql("select status, count(*) as n from (select " + status + " as status " + CONSIDERED + " " + notice
                        + ") s group by status")
                .param("from", at(start)).param("to", at(end)).param("now", at(clock.instant()));
        if (!panel.isEmpty()) {
            query = query.param("statutory", Arrays.stream(NotificationKind.values()).filter(NotificationKind::statutory)
                    .map(Enum::name).toList()).param("panel", panel);
        }
        Map<String, Long> counts = new TreeMap<>();
        query.query((rs, row) -> {
            DeadlineStatus s = DeadlineStatus.valueOf(rs.getString("status"));
            return s == DeadlineStatus.NOT_APPLICABLE ? null : counts.merge(s.label(), rs.getLong("n"), Long::sum);
        }).list();
        return new LinkedHashMap<>(counts);
    }

    /** A moment as both drivers bind it to a column with time zone. */
    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
