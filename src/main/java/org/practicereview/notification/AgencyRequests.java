package org.practicereview.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency asked to do one task (its summary of involvement, its agency report): one request to the
 * agency's safeguarding mailbox and its people, linking to that task. Asked again for the same task,
 * nothing more is queued; and the request is the task's "waiting" mail, so {@link TaskMails} does not
 * tell the same people of it a second time. Claimed by a {@code task_mail} row, as task mails are.
 */
@Service
public class AgencyRequests {

    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    AgencyRequests(Notifications notifications, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the agency is asked, by reference only: the subject and body never name the child. */
    public record Ask(CaseReference caseReference, String taskId, String agencyCode, NotificationKind kind,
                      String subject, String body, Instant dueBy) {

        public Ask {
            if (!kind.asksAgency()) {
                throw new IllegalArgumentException(kind + " does not ask an agency for anything");
            }
        }
    }

    /** Queues the request unless this task's was queued already; true when it was queued now. */
    @Transactional
    public boolean ask(Ask ask) {
        // Checked, not caught: on PostgreSQL a refused insert would end the engine's transaction.
        boolean asked = jdbc.sql("select count(*) from task_mail where task_id = ? and kind = ?")
                .params(ask.taskId(), ask.kind().name()).query(Long.class).single() > 0;
        if (asked) {
            return false;
        }
        jdbc.sql("insert into task_mail (task_id, kind, mailed_at) values (?, ?, ?)")
                .params(ask.taskId(), ask.kind().name(), Timestamp.from(clock.instant())).update();
        notifications.queue(ask.caseReference(), ask.kind(), Actor.agencyGroup(ask.agencyCode()), ask.subject(), ask.body(),
                ask.dueBy(), "/tasks/" + ask.taskId());
        return true;
    }
}
