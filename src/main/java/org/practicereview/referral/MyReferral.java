package org.practicereview.referral;

import java.time.LocalDate;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;

/** A line of the referrer's "my referrals" list. */
public record MyReferral(CaseReference reference, LocalDate submittedOn, Stage stage) {

    public String stageLabel() {
        return stage.label();
    }
}
