package org.practicereview.notification;

import org.practicereview.audit.TrailCheckpoint;
import org.practicereview.audit.TrailCheckpointMade;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the auditors of every signed checkpoint, in the transaction that made it, so that a copy of
 * the trail's head lives outside the database. The mail holds the signed values, never the key.
 */
@Component
class CheckpointMails {

    private final Notifications notifications;

    CheckpointMails(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(TrailCheckpointMade made) {
        TrailCheckpoint c = made.checkpoint();
        notifications.queue(null, NotificationKind.TRAIL_CHECKPOINT, Recipients.ROLE_PREFIX + Role.AUDITOR.name(),
                "Decision trail signed at event " + c.seq(), body(c), null);
    }

    static String body(TrailCheckpoint c) {
        return "The decision trail was signed on " + GovDates.time(c.madeAt()) + ", when its last event was number " + c.seq() + "."
                + "\n\nKeep this mail. When you check an export of the trail offline with the checkpoint public key, the verifier"
                + " names the last checkpoint in the export: it must be this one or a later one."
                + "\n\nEvent number: " + c.seq()
                + "\n\nHash of that event: " + c.headHash()
                + "\n\nSigned at: " + c.madeAt()
                + "\n\nSignature: " + c.signature();
    }
}
