package org.practicereview.referral.api;

import java.time.Instant;
import org.practicereview.shared.Stage;

/** The business unit's questions answered: the referral is back at triage. */
record AnswerReceived(String reference, Stage stage, Instant answeredAt) {

    /** From the stored first answer to an idempotency key (its time is when the answer was taken). */
    static AnswerReceived of(ReferralCreated stored) {
        return new AnswerReceived(stored.reference(), stored.stage(), stored.submittedAt());
    }
}
