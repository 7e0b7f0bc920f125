package org.practicereview.referral.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.practicereview.referral.ReferralStatus;
import org.practicereview.shared.Stage;

/** Where a referral of the caller's agency stands, and the business unit's questions if it asked any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReferralStatusResponse(String reference, Stage stage, Instant submittedAt, String questions) {

    static ReferralStatusResponse of(ReferralStatus status) {
        return new ReferralStatusResponse(status.reference().value(), status.stage(), status.submittedAt(),
                status.questions().orElse(null));
    }
}
