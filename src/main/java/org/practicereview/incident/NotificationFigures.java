package org.practicereview.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The serious incident notifications counted for a period, for the partnership's yearly report, one documented query
 * per figure. A case has one notification row, so each count is a count of cases. Days the notification keeps as
 * dates ({@code panel_notified_on}) are compared with days; the moments it keeps as times with the period's instants.
 */
@Service
@Transactional(readOnly = true)
public class NotificationFigures {

    private final JdbcClient jdbc;

    NotificationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serious incidents notified to the national panel on a day from {@code from} (inclusive) to {@code to} (exclusive). */
    public long notifiedToPanel(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from serious_incident_notification where panel_notified_on >= ? "
                        + "and panel_notified_on < ?")
                .params(from, to).query(Long.class).single();
    }

    /**
     * Of those, the ones notified by their due day: the fifth working day after the local authority became aware, as the
     * criteria's answer set it ({@code panel_due_on}).
     */
    public long notifiedWithinFiveWorkingDays(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from serious_incident_notification where panel_notified_on >= ? "
                        + "and panel_notified_on < ? and panel_due_on is not null and panel_notified_on <= panel_due_on")
                .params(from, to).query(Long.class).single();
    }

    /** Incidents the notification criteria said were not to be notified to the national panel, by when they answered. */
    public long notNotifiable(Instant from, Instant to) {
        return jdbc.sql("select count(*) from serious_incident_notification where notify_panel = false "
                        + "and evaluated_at >= ? and evaluated_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /** Notices sent to Ofsted and the Secretary of State of the death of a looked-after child, by when they were sent. */
    public long lookedAfterChildDeathNotices(Instant from, Instant to) {
        return jdbc.sql("select count(*) from serious_incident_notification where ofsted_and_sos_told_at >= ? "
                        + "and ofsted_and_sos_told_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }
}
