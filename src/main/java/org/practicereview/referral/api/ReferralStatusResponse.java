package org.practicereview.referral.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.practicereview.referral.ReferralStatus;
import org.practicereview.shared.Stage;

/**
 * Where a referral of the caller's agency stands, and the business unit's questions while they wait for
 * an answer (POST them to {@code answers}, by {@code answerBy}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReferralStatusResponse(String reference, Stage stage, Instant submittedAt, String questions, Instant questionsAskedAt,
                              Instant answerBy, String answerAt) {

    static ReferralStatusResponse of(ReferralStatus status) {
        return new ReferralStatusResponse(status.reference().value(), status.stage(), status.submittedAt(),
                status.questions().orElse(null), status.questionsAskedAt().orElse(null), status.answerBy().orElse(null),
                status.questions().isPresent() ? "/api/referrals/" + status.reference().value() + "/answers" : null);
    }
}
