package org.practicereview.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.practicereview.shared.CaseOutcome;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Stage;

/**
 * A line of the referrer's "my referrals" list: the chair's outcome once there is one; why it was referred, in the
 * words of the law its case follows ({@code purpose} is the stored code, {@code purposeAnswer} the referrer's answer).
 */
public record MyReferral(CaseReference reference, LocalDate submittedOn, Stage stage, Optional<CaseOutcome> outcome,
                         Regime regime, String purpose, String purposeAnswer) {

    public String stageLabel() {
        return stage.label();
    }

    /** The purpose in a few words, as the case page names it. */
    public String purposeLabel() {
        return regime.purposeLabel(purpose);
    }

    /** What happens next on this referral's route. */
    public List<String> nextSteps() {
        return PurposeWording.nextSteps(purpose, regime);
    }
}
