package org.practicereview.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.practicereview.incident.IncidentNotification.PanelNotification;
import org.practicereview.shared.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The serious incident notifications, one per case, each step of it written by its own method in the caller's
 * transaction. Awareness recorded again (the task returned) starts the answer afresh.
 */
@Repository
class IncidentNotifications {

    private static final String COLUMNS = "case_reference, became_aware_on, looked_after_child, abuse_or_neglect, child_died, "
            + "child_seriously_harmed, where_harmed, recorded_by, recorded_at, notify_panel, notify_ofsted_and_sos, reason, "
            + "decision_key, decision_version, decision_version_tag, rule_id, evaluated_at, panel_due_on, panel_notified_on, "
            + "panel_reference, copy_document_id, panel_recorded_by, panel_recorded_at, ofsted_and_sos_told_at";

    private final JdbcClient jdbc;

    IncidentNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IncidentNotification> find(CaseReference ref) {
        return jdbc.sql("select " + COLUMNS + " from serious_incident_notification where case_reference = ?")
                .param(ref.value()).query(IncidentNotifications::map).optional();
    }

    void recordAwareness(CaseReference ref, LocalDate becameAwareOn, IncidentFacts facts, String by, Instant at) {
        jdbc.sql("delete from serious_incident_notification where case_reference = ?").param(ref.value()).update();
        jdbc.sql("insert into serious_incident_notification (case_reference, became_aware_on, looked_after_child, "
                        + "abuse_or_neglect, child_died, child_seriously_harmed, where_harmed, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ref.value(), becameAwareOn, facts.lookedAfterChild(), facts.abuseOrNeglectKnownOrSuspected(),
                        facts.childDied(), facts.childSeriouslyHarmed(), facts.whereHarmed().name(), by, Timestamp.from(at))
                .update();
    }

    void recordAnswer(CaseReference ref, NotificationAnswer a, LocalDate panelDueOn) {
        int updated = jdbc.sql("update serious_incident_notification set notify_panel = ?, notify_ofsted_and_sos = ?, "
                        + "reason = ?, decision_key = ?, decision_version = ?, decision_version_tag = ?, rule_id = ?, "
                        + "evaluated_at = ?, panel_due_on = ? where case_reference = ?")
                .params(a.notifyPanel(), a.notifyOfstedAndSecretaryOfState(), a.reason(), a.decisionKey(), a.decisionVersion(),
                        a.decisionVersionTag(), a.ruleId(), Timestamp.from(a.evaluatedAt()), panelDueOn, ref.value())
                .update();
        requireOne(updated);
    }

    void recordPanelNotified(CaseReference ref, PanelNotification p) {
        requireOne(jdbc.sql("update serious_incident_notification set panel_notified_on = ?, panel_reference = ?, "
                        + "copy_document_id = ?, panel_recorded_by = ?, panel_recorded_at = ? where case_reference = ?")
                .params(p.notifiedOn(), p.reference(), p.copyDocumentId(), p.recordedBy(), Timestamp.from(p.recordedAt()),
                        ref.value())
                .update());
    }

    void recordOfstedAndSecretaryOfStateTold(CaseReference ref, Instant at) {
        requireOne(jdbc.sql("update serious_incident_notification set ofsted_and_sos_told_at = ? where case_reference = ?")
                .params(Timestamp.from(at), ref.value()).update());
    }

    /** A step after awareness finds its row: the diagram's order guarantees it, so a miss is a wiring fault. */
    private static void requireOne(int updated) {
        if (updated != 1) {
            throw new IllegalStateException("No serious incident notification recorded for this case");
        }
    }

    private static IncidentNotification map(ResultSet rs, int row) throws SQLException {
        IncidentFacts facts = new IncidentFacts(rs.getBoolean("looked_after_child"), rs.getBoolean("abuse_or_neglect"),
                rs.getBoolean("child_died"), rs.getBoolean("child_seriously_harmed"),
                WhereHarmed.valueOf(rs.getString("where_harmed")));
        Optional<NotificationAnswer> answer = rs.getObject("notify_panel") == null ? Optional.empty()
                : Optional.of(new NotificationAnswer(rs.getBoolean("notify_panel"), rs.getBoolean("notify_ofsted_and_sos"),
                        rs.getString("reason"), rs.getString("decision_key"), rs.getInt("decision_version"),
                        rs.getString("decision_version_tag"), rs.getString("rule_id"), instant(rs, "evaluated_at")));
        Optional<PanelNotification> panel = rs.getObject("panel_notified_on") == null ? Optional.empty()
                : Optional.of(new PanelNotification(rs.getObject("panel_notified_on", LocalDate.class),
                        rs.getString("panel_reference"), (Long) rs.getObject("copy_document_id", Long.class),
                        rs.getString("panel_recorded_by"), instant(rs, "panel_recorded_at")));
        return new IncidentNotification(rs.getString("case_reference"), rs.getObject("became_aware_on", LocalDate.class),
                facts, rs.getString("recorded_by"), instant(rs, "recorded_at"), answer,
                Optional.ofNullable(rs.getObject("panel_due_on", LocalDate.class)), panel,
                Optional.ofNullable(instant(rs, "ofsted_and_sos_told_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
