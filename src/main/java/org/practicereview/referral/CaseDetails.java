package org.practicereview.referral;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;

/**
 * What other modules may ask about a referral. Personal data leaves this module only through
 * {@link #identifyingDetails}, which exists so publication can check a pack does not contain it.
 */
public interface CaseDetails {

    /** Real names (children, family, significant others), dates of birth and addresses of the case. */
    IdentifyingDetails identifyingDetails(CaseReference caseReference);

    /** Where to write to the referrer (their work e-mail address). */
    String referrerEmail(CaseReference caseReference);

    /** Codes of the agencies the referral says were involved. */
    Set<String> agenciesInvolved(CaseReference caseReference);

    /** True when the referral names a parallel process (trial, inquest, ...) still open. */
    boolean parallelProceedingsOpen(CaseReference caseReference);

    /** The referral's purpose: SCR_CONSIDERATION, MULTI_AGENCY_LEARNING or GOOD_PRACTICE. */
    String purpose(CaseReference caseReference);

    /**
     * The review a referral for multi-agency learning (reflective) or good practice (good-practice) goes to
     * the PRG as, without statutory screening; empty for a referral of a serious incident.
     */
    Optional<ReviewType> learningReview(CaseReference caseReference);

    record IdentifyingDetails(List<String> fullNames, List<java.time.LocalDate> datesOfBirth,
                              List<String> addresses, List<String> postcodes) {}
}
