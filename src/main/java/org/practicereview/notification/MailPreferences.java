package org.practicereview.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a person wants to hear of their tasks: one mail each (the default) or one daily digest, chosen
 * on their own account page. The digest is sent on working-day mornings and lists every line gathered
 * since the last one.
 */
@Service
public class MailPreferences {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Trail trail;
    private final Clock clock;

    MailPreferences(JdbcClient jdbc, Notifications notifications, Trail trail, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean wantsDigest(String username) {
        return jdbc.sql("select task_digest from mail_preference where username = ?").param(username).query(Boolean.class)
                .optional().orElse(false);
    }

    @Transactional
    public void choose(Actor actor, boolean digest) {
        if (wantsDigest(actor.userId()) == digest) {
            return;
        }
        if (jdbc.sql("update mail_preference set task_digest = ? where username = ?").params(digest, actor.userId()).update() == 0) {
            jdbc.sql("insert into mail_preference (username, task_digest) values (?, ?)").params(actor.userId(), digest).update();
        }
        trail.append(null, actor, TrailAction.MAIL_PREFERENCE_CHANGED, digest ? "task emails: daily digest" : "task emails: one at a time");
    }

    void addToDigest(String username, CaseReference ref, String line) {
        jdbc.sql("insert into task_digest_item (username, case_reference, line, created_at) values (?, ?, ?, ?)")
                .params(username, ref == null ? null : ref.value(), line, java.sql.Timestamp.from(clock.instant())).update();
    }

    @Scheduled(cron = "${practice-review.mail.digest-cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    void sendDigests() {
        queueDigests();
    }

    /** One digest per person with lines waiting; returns how many were queued. */
    @Transactional
    public int queueDigests() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        jdbc.sql("select id, username, line from task_digest_item where digested_at is null order by username, id for update")
                .query(rs -> {
                    ids.add(rs.getLong(1));
                    lines.computeIfAbsent(rs.getString(2), u -> new ArrayList<>()).add(rs.getString(3));
                });
        lines.forEach((username, items) -> notifications.queue(null, NotificationKind.TASK_DIGEST, Recipients.user(username),
                items.size() == 1 ? "Your tasks: 1 update" : "Your tasks: " + items.size() + " updates",
                String.join("\n\n", items) + "\n\nSign in to Practice Review to see your tasks.", null));
        if (!ids.isEmpty()) {
            jdbc.sql("update task_digest_item set digested_at = :at where id in (:ids)")
                    .param("at", java.sql.Timestamp.from(clock.instant())).param("ids", ids).update();
        }
        return lines.size();
    }
}
