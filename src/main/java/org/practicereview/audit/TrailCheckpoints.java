package org.practicereview.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.practicereview.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the trail's head with the checkpoint key, on a schedule ({@link CheckpointSchedule}) and when
 * an auditor asks. Each checkpoint is stored, written to the trail and mailed to the auditors; the
 * export carries them all, so the offline verifier can tell a trail cut short or re-chained.
 */
@Service
public class TrailCheckpoints {

    private final TrailEvents events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Trail trail;
    private final ApplicationEventPublisher publisher;
    private final CheckpointKeys keys;

    TrailCheckpoints(TrailEvents events, JdbcTemplate jdbc, Clock clock, Trail trail, ApplicationEventPublisher publisher,
                     CheckpointKeys keys) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.trail = trail;
        this.publisher = publisher;
        this.keys = keys;
    }

    /** False when no key is configured: then no checkpoint can be made. */
    public boolean enabled() {
        return keys.signer().isPresent();
    }

    /** The public key the auditors verify the checkpoints with; empty while the old shared key signs, or none. */
    public Optional<CheckpointPublicKeys.Key> publicKey() {
        return keys.publicKey();
    }

    /** Signs the head as it stands, under its lock so that no append slips in between reading and signing. */
    @Transactional
    public TrailCheckpoint make(Actor actor) {
        CheckpointSigner key = keys.signer().orElseThrow(() -> new IllegalStateException("No checkpoint key is configured"));
        TrailHead head = events.lockHead();
        TrailCheckpoint checkpoint = TrailCheckpoint.sign(head.lastSeq(), head.lastHash(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), key);
        jdbc.update("insert into trail_checkpoint (seq, head_hash, made_at, signature, made_by) values (?, ?, ?, ?, ?)",
                checkpoint.seq(), checkpoint.headHash(), Timestamp.from(checkpoint.madeAt()), checkpoint.signature(), actor.userId());
        trail.append(null, actor, TrailAction.TRAIL_CHECKPOINT_SIGNED, "checkpoint of event " + checkpoint.seq());
        publisher.publishEvent(new TrailCheckpointMade(checkpoint));
        return checkpoint;
    }

    /** Every checkpoint, oldest first, as the export writes them. */
    @Transactional(readOnly = true)
    public List<TrailCheckpoint> all() {
        return jdbc.query(TrailRows.CHECKPOINTS, (rs, n) -> TrailRows.checkpoint(rs));
    }

    @Transactional(readOnly = true)
    public List<TrailCheckpoint> newest(int count) {
        List<TrailCheckpoint> newest = new ArrayList<>(all());
        Collections.reverse(newest);
        return newest.subList(0, Math.min(count, newest.size()));
    }
}
