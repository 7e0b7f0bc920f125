package org.practicereview.referral;

import java.time.Clock;
import java.util.List;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Regime;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.Forms;
import org.springframework.stereotype.Component;

/**
 * The referral's purpose in the words of the law its case follows, or, for a referral not yet sent, would follow if
 * sent today. One form holds the question; under the 2018 arrangements its answer for a serious incident is worded
 * by {@link Regime#purposeAnswer}, its stored value unchanged. And what happens next on that route, for the referrer.
 */
@Component
public class PurposeWording {

    static final String KEY = "purpose";
    static final String SERIOUS_INCIDENT = "SCR_CONSIDERATION";

    private final Forms forms;
    private final BoardSettings settings;
    private final Clock clock;

    PurposeWording(Forms forms, BoardSettings settings, Clock clock) {
        this.forms = forms;
        this.settings = settings;
        this.clock = clock;
    }

    /** The law a referral sent now would follow: the board's setting in force today. */
    public Regime ofReferralSentNow() {
        return settings.current().regimeAt(clock.instant());
    }

    /** A referral form as a referrer reads it under {@code regime}: the purpose form worded for it, any other as it is. */
    public FormDefinition worded(FormDefinition form, Regime regime) {
        return ReferralSection.PURPOSE.formId().equals(form.id()) ? form.withOptionWords(KEY, regime::purposeAnswer) : form;
    }

    /** A stored purpose as the referrer's answer reads for a case under {@code regime}. */
    public String answer(String purpose, Regime regime) {
        return worded(forms.get(ReferralSection.PURPOSE.formId()), regime).field(KEY)
                .map(f -> f.optionLabel(purpose)).orElse(purpose);
    }

    /** What happens after triage to a referral of this purpose under this law, in a sentence or two for its referrer. */
    public static List<String> nextSteps(String purpose, Regime regime) {
        if (!SERIOUS_INCIDENT.equals(purpose)) {
            return List.of("Once it is accepted, your referral goes to the Practice Review Group as a "
                    + ("GOOD_PRACTICE".equals(purpose) ? "good-practice review" : "reflective review")
                    + ". It is not screened against the statutory criteria and the national panel is not notified. "
                    + "We will tell you when it goes to the group.");
        }
        if (regime == Regime.CSPR_2018) {
            return List.of("If it is a serious incident, the local authority notifies the national panel within 5 working days "
                            + "of becoming aware of it.",
                    "The three safeguarding partners then hold a rapid review, normally within 15 working days, and decide "
                            + "whether a local child safeguarding practice review is needed.");
        }
        return List.of("The independent chair decides within one month of your referral whether to start a serious case review "
                + "or another kind of review. We will tell you the decision.");
    }
}
