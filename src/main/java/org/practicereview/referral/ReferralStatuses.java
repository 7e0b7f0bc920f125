package org.practicereview.referral;

import java.util.Optional;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.referral.internal.CaseFile;
import org.practicereview.referral.internal.CaseFiles;
import org.practicereview.referral.internal.Referral;
import org.practicereview.referral.internal.Referrals;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status of referrals by agency, for the agency's own systems: a referral is its agency's when
 * the account that submitted it belongs to that agency. Anything else is simply not found. Read
 * through the repositories, so a referral submitted earlier in the same transaction is found too.
 */
@Service
@Transactional(readOnly = true)
public class ReferralStatuses {

    private final Referrals referrals;
    private final CaseFiles caseFiles;
    private final ReferrerQuestions questions;
    private final Users users;

    ReferralStatuses(Referrals referrals, CaseFiles caseFiles, ReferrerQuestions questions, Users users) {
        this.referrals = referrals;
        this.caseFiles = caseFiles;
        this.questions = questions;
        this.users = users;
    }

    public Optional<ReferralStatus> ofAgency(String agencyCode, CaseReference reference) {
        if (agencyCode == null) {
            return Optional.empty();
        }
        return referrals.findByCaseReference(reference.value())
                .filter(r -> users.find(r.submittedBy()).map(UserAccount::agencyCode).filter(agencyCode::equals).isPresent())
                .flatMap(r -> caseFiles.find(reference).map(file -> status(r, file)));
    }

    private ReferralStatus status(Referral referral, CaseFile file) {
        Optional<ReferrerQuestions.OpenQuestion> open = questions.open(file.reference());
        return new ReferralStatus(file.reference(), file.stage(), referral.submittedAt(),
                open.map(ReferrerQuestions.OpenQuestion::questions), open.map(ReferrerQuestions.OpenQuestion::askedAt),
                open.flatMap(ReferrerQuestions.OpenQuestion::replyBy));
    }
}
