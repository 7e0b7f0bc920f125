package org.practicereview.referral;

import java.time.LocalDate;
import java.util.Optional;
import org.practicereview.shared.CaseOutcome;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;

/** A line of the referrer's "my referrals" list: the chair's outcome once there is one. */
public record MyReferral(CaseReference reference, LocalDate submittedOn, Stage stage, Optional<CaseOutcome> outcome) {

    public String stageLabel() {
        return stage.label();
    }
}
