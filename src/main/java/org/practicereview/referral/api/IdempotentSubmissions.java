package org.practicereview.referral.api;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.practicereview.referral.ReferralService;
import org.practicereview.referral.ReferrerQuestions;
import org.practicereview.referral.SubmittedReferral;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits a referral, or an answer to the business unit's questions, at most once per idempotency key
 * and account (one set of keys for both: the request hash names what was sent, and where). The key is claimed in the
 * transaction of the submission, so a refused referral leaves no key behind, and of two requests
 * racing with one key the second waits for the first and then answers with its result.
 *
 * <p>A new key is the common case, so the first attempt claims it straight away, with no look-up
 * first. A key that is already there (a retry, a reuse, or a request racing this one) makes the
 * claim fail; that transaction has written nothing else, and the next attempt looks the key up
 * before it claims, to replay the first answer or refuse the reuse.
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
    private final ReferrerQuestions questions;

    IdempotentSubmissions(PlatformTransactionManager transactions, IdempotencyKeys keys, ReferralService referrals,
                          ReferrerQuestions questions) {
        this.transaction = new TransactionTemplate(transactions);
        this.keys = keys;
        this.referrals = referrals;
        this.questions = questions;
    }

    static void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IdempotencyKeyException(IdempotencyKeyException.Kind.MISSING_OR_INVALID);
        }
    }

    Outcome submit(Actor actor, String key, String requestHash, Map<String, ?> sections) {
        return once(actor, key, requestHash, () -> {
            SubmittedReferral submitted = referrals.submitDirect(actor, sections);
            return new ReferralCreated(submitted.reference().value(), submitted.stage(), submitted.submittedAt());
        });
    }

    /** Answers the open question of the case; the stored answer holds the reference, stage and time. */
    Outcome answer(Actor actor, String key, String requestHash, CaseReference caseReference, Map<String, ?> values) {
        return once(actor, key, requestHash, () -> {
            ReferrerQuestions.Answered answered = questions.answer(actor, caseReference, values);
            return new ReferralCreated(caseReference.value(), answered.stage(), answered.answeredAt());
        });
    }

    private Outcome once(Actor actor, String key, String requestHash, Supplier<ReferralCreated> work) {
        checkKey(key);
        for (int attempt = 1; ; attempt++) {
            try {
                boolean lookUpFirst = attempt > 1;
                return transaction.execute(s -> attempt(actor, key, requestHash, work, lookUpFirst));
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                // The key is there. After the first attempt's claim, look it up at once; after a look-up
                // found nothing, another request holds it still: once that commits, the next attempt replays it.
                if (attempt == ATTEMPTS) {
                    throw new IdempotencyKeyException(IdempotencyKeyException.Kind.IN_PROGRESS);
                }
                if (attempt > 1) {
                    pause();
                }
            }
        }
    }

    private Outcome attempt(Actor actor, String key, String requestHash, Supplier<ReferralCreated> work, boolean lookUpFirst) {
        Optional<IdempotencyKeys.StoredKey> stored = lookUpFirst ? keys.find(actor.userId(), key) : Optional.empty();
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(requestHash)) {
                throw new IdempotencyKeyException(IdempotencyKeyException.Kind.REUSED);
            }
            return new Outcome(stored.get().answer(), true);
        }
        keys.claim(actor.userId(), key, requestHash);
        ReferralCreated answer = work.get();
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
