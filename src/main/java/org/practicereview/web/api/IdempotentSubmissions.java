package org.practicereview.web.api;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.practicereview.referral.ReferralService;
import org.practicereview.referral.SubmittedReferral;
import org.practicereview.shared.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits a referral at most once per idempotency key and account. The key is claimed in the
 * transaction of the submission, so a refused referral leaves no key behind, and of two requests
 * racing with one key the second waits for the first and then answers with its result.
 */
@Component
class IdempotentSubmissions {

    record Outcome(ReferralCreated answer, boolean replayed) {}

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final int ATTEMPTS = 40;
    private static final long PAUSE_MILLIS = 250;

    private final TransactionTemplate transaction;
    private final IdempotencyKeys keys;
    private final ReferralService referrals;

    IdempotentSubmissions(PlatformTransactionManager transactions, IdempotencyKeys keys, ReferralService referrals) {
        this.transaction = new TransactionTemplate(transactions);
        this.keys = keys;
        this.referrals = referrals;
    }

    static void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IdempotencyKeyException(IdempotencyKeyException.Kind.MISSING_OR_INVALID);
        }
    }

    Outcome submit(Actor actor, String key, String requestHash, Map<String, ?> sections) {
        checkKey(key);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(s -> once(actor, key, requestHash, sections));
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                // Another request claimed the key first: once it commits, the next attempt replays it.
                if (attempt == ATTEMPTS) {
                    throw new IdempotencyKeyException(IdempotencyKeyException.Kind.IN_PROGRESS);
                }
                pause();
            }
        }
    }

    private Outcome once(Actor actor, String key, String requestHash, Map<String, ?> sections) {
        Optional<IdempotencyKeys.StoredKey> stored = keys.find(actor.userId(), key);
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(requestHash)) {
                throw new IdempotencyKeyException(IdempotencyKeyException.Kind.REUSED);
            }
            return new Outcome(stored.get().answer(), true);
        }
        keys.claim(actor.userId(), key, requestHash);
        SubmittedReferral submitted = referrals.submitDirect(actor, sections);
        ReferralCreated answer = new ReferralCreated(submitted.reference().value(), submitted.stage(), submitted.submittedAt());
        keys.answer(actor.userId(), key, answer);
        return new Outcome(answer, false);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotencyKeyException(IdempotencyKeyException.Kind.IN_PROGRESS);
        }
    }
}
