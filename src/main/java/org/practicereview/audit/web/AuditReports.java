package org.practicereview.audit.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.practicereview.audit.PlainWords;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.PeopleNames;
import org.practicereview.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports across cases. Read straight from the decision and outbox tables (read-only SQL):
 * an auditor's question spans modules, and none of them should grow a method only the auditor calls.
 * Whoever decided or looked is named as a person, never by their account name.
 */
@Component
@Transactional(readOnly = true)
class AuditReports {

    /** A decision that departed from the criteria result; the codes as stored, and in words for the page. */
    record Departure(String caseReference, String decisionOption, String criteriaResult, String decidedBy, Instant decidedAt) {

        public String decisionInWords() {
            return AuditWords.decision(decisionOption);
        }

        public String criteriaResultInWords() {
            return AuditWords.criteriaResult(criteriaResult);
        }

        public String decided() {
            return GovDates.time(decidedAt);
        }
    }

    record LateDecision(String caseReference, String decidedBy, Instant decidedAt, Instant due) {

        public String decided() {
            return GovDates.time(decidedAt);
        }

        public String dueOn() {
            return GovDates.day(due);
        }
    }

    /** A notice after its deadline: sent late, or not sent (still queued, or failed) when it was due. */
    record LateNotice(String caseReference, String kind, Instant queuedAt, Instant dueBy, Instant sentAt, Instant failedAt) {

        /** What happened to it, in the words the case file and the PRG report use. */
        public String outcome() {
            return sentAt != null ? "Sent " + GovDates.time(sentAt) : failedAt != null ? "Failed, not sent" : "Queued, not yet sent";
        }

        public String due() {
            return GovDates.time(dueBy);
        }

        public String kindInWords() {
            return "SCR_INITIATED_NOTICE".equals(kind) ? "Serious case review initiated" : "Serious case review not initiated";
        }
    }

    record View(Instant at, String actor, String role, String action, String details) {

        public String when() {
            return GovDates.time(at);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlainWords words;
    private final PeopleNames people;

    AuditReports(JdbcClient jdbc, Clock clock, PlainWords words, PeopleNames people) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.words = words;
        this.people = people;
    }

    List<Departure> departures() {
        return jdbc.sql("select case_reference, decision_option, criteria_result, decided_by, decided_at from scr_decision "
                        + "where departs_from_criteria = true order by decided_at")
                .query((rs, n) -> new Departure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), at(rs, 5)))
                .list().stream().map(d -> new Departure(d.caseReference(), d.decisionOption(), d.criteriaResult(),
                        people.nameOf(d.decidedBy()), d.decidedAt())).toList();
    }

    /** The chair's decision is due one month after the referral was accepted. */
    List<LateDecision> lateDecisions() {
        return jdbc.sql("select case_reference, decided_by, decided_at, decision_due from scr_decision "
                        + "where within_deadline = false order by decided_at")
                .query((rs, n) -> new LateDecision(rs.getString(1), rs.getString(2), at(rs, 3), at(rs, 4))).list().stream()
                .map(d -> new LateDecision(d.caseReference(), people.nameOf(d.decidedBy()), d.decidedAt(), d.due())).toList();
    }

    /**
     * The national panel hears of the chair's decision within 14 days (the notices with a due time):
     * late when the mail server took it after its due time, or had not taken it by then. Queued is not
     * sent: the same rule as the PRG report's "Panel told within 14 days".
     */
    List<LateNotice> latePanelNotices() {
        return jdbc.sql("select case_reference, kind, created_at, due_by, sent_at, failed_at from notification "
                        + "where kind in ('SCR_NOT_INITIATED_NOTICE', 'SCR_INITIATED_NOTICE') "
                        + "and due_by is not null and (sent_at > due_by or (sent_at is null and due_by < ?)) order by created_at")
                .param(java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new LateNotice(rs.getString(1), rs.getString(2), at(rs, 3), at(rs, 4), at(rs, 5), at(rs, 6))).list();
    }

    /** Views of the case page, its documents and its trail ({@link TrailAction#views()}), the action in words. */
    List<View> viewsOf(String caseReference) {
        return jdbc.sql("select occurred_at, actor, actor_role, action, details from trail_event where case_reference = :ref "
                        + "and action in (:views) order by seq")
                .param("ref", caseReference)
                .param("views", TrailAction.views().stream().map(TrailAction::stored).toList())
                .query((rs, n) -> new View(at(rs, 1), rs.getString(2), Role.labelOf(rs.getString(3)), TrailAction.labelOf(rs.getString(4)),
                        words.of(rs.getString(5)))).list().stream()
                .map(v -> new View(v.at(), people.nameOf(v.actor()), v.role(), v.action(), v.details())).toList();
    }

    private static Instant at(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
