package org.practicereview.referral.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.practicereview.shared.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys per account, with the hash of the request they came with and the answer given. */
@Repository
class IdempotencyKeys {

    record StoredKey(String requestHash, ReferralCreated answer) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<StoredKey> find(String username, String key) {
        return jdbc.sql("select request_hash, case_reference, stage, submitted_at from api_idempotency_key "
                        + "where username = ? and idempotency_key = ?")
                .params(username, key)
                .query((rs, i) -> new StoredKey(rs.getString(1), new ReferralCreated(rs.getString(2),
                        Stage.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant())))
                .optional();
    }

    /** Claims the key; a concurrent claim of the same key waits for this transaction, then fails. */
    void claim(String username, String key, String requestHash) {
        jdbc.sql("insert into api_idempotency_key (username, idempotency_key, request_hash, created_at) values (?, ?, ?, ?)")
                .params(username, key, requestHash, Timestamp.from(clock.instant())).update();
    }

    void answer(String username, String key, ReferralCreated answer) {
        jdbc.sql("update api_idempotency_key set case_reference = ?, stage = ?, submitted_at = ? "
                        + "where username = ? and idempotency_key = ?")
                .params(answer.reference(), answer.stage().name(), Timestamp.from(answer.submittedAt()), username, key)
                .update();
    }
}
