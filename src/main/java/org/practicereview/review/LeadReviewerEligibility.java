package org.practicereview.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.referral.CaseRecords;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.CaseInstances;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Who may lead a case's review: an enabled account with the REVIEWER role that belongs to none of the
 * agencies involved in the case (the referrer's, those named in the referral, those asked for
 * information). Checked when the chair appoints and when the chair replaces.
 */
@Component
class LeadReviewerEligibility {

    static final String FIELD = "leadReviewer";
    static final String REVIEW_PROCESS = "scr-review";

    private final Users users;
    private final Agencies agencies;
    private final CaseRecords records;
    private final RuntimeService runtime;
    private final CaseInstances instances;

    LeadReviewerEligibility(Users users, Agencies agencies, CaseRecords records, RuntimeService runtime, CaseInstances instances) {
        this.users = users;
        this.agencies = agencies;
        this.records = records;
        this.runtime = runtime;
        this.instances = instances;
    }

    List<UserAccount> eligible(CaseReference caseReference) {
        Set<String> involved = involvedAgencies(caseReference);
        return users.withRole(Role.REVIEWER).stream()
                .filter(u -> u.agencyCode() == null || !involved.contains(u.agencyCode())).toList();
    }

    /** The account of a reviewer who may lead this case's review, or the reason, on the lead reviewer field. */
    UserAccount require(CaseReference caseReference, String userId) {
        return require(caseReference, userId, FIELD, "Select a lead reviewer from the list");
    }

    /** The same rule for any reviewer of the case, with its refusal on the field given. */
    UserAccount require(CaseReference caseReference, String userId, String field, String notListed) {
        UserAccount reviewer = users.find(userId == null ? "" : userId).filter(UserAccount::enabled)
                .filter(u -> u.roles().contains(Role.REVIEWER))
                .orElseThrow(() -> InvalidSubmissionException.of(field, notListed));
        if (reviewer.agencyCode() != null && involvedAgencies(caseReference).contains(reviewer.agencyCode())) {
            throw InvalidSubmissionException.of(field, reviewer.displayName() + " works for "
                    + agencies.nameOf(reviewer.agencyCode()) + ", an agency involved in this case: choose a reviewer "
                    + "independent of every agency involved");
        }
        return reviewer;
    }

    /** The id of the case's running review process. */
    Optional<String> reviewProcess(CaseReference caseReference) {
        return instances.running(caseReference, REVIEW_PROCESS);
    }

    private Set<String> involvedAgencies(CaseReference caseReference) {
        Set<String> involved = new LinkedHashSet<>();
        records.summary(caseReference).ifPresent(s -> {
            involved.add(s.referrerAgencyCode());
            involved.addAll(s.agenciesInvolved());
        });
        reviewProcess(caseReference).map(id -> runtime.getVariable(id, ProcessVariables.AGENCIES))
                .filter(List.class::isInstance).ifPresent(asked -> ((List<?>) asked).forEach(a -> involved.add(a.toString())));
        return involved;
    }
}
