package org.practicereview.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicereview.referral.CaseDetails;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers other modules' questions about a referral from the aggregate. */
@Service
@Transactional(readOnly = true)
class ReferralCaseDetails implements CaseDetails {

    private final Referrals referrals;

    ReferralCaseDetails(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public IdentifyingDetails identifyingDetails(CaseReference caseReference) {
        Referral r = referral(caseReference);
        List<String> names = new ArrayList<>();
        List<LocalDate> born = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        Set<String> postcodes = new LinkedHashSet<>();
        for (Child c : r.children()) {
            names.add(c.fullName());
            born.add(c.dateOfBirth());
            addresses.add(c.address());
            postcodes.add(c.postcode());
            postcodes.addAll(Postcodes.foundIn(c.address()));
        }
        for (FamilyMember m : r.familyMembers()) {
            names.add(m.fullName());
            born.add(m.dateOfBirth());
            addresses.add(m.address());
            postcodes.addAll(Postcodes.foundIn(m.address()));
        }
        return new IdentifyingDetails(List.copyOf(names), born.stream().filter(Objects::nonNull).toList(),
                addresses.stream().filter(Objects::nonNull).toList(), List.copyOf(postcodes));
    }

    @Override
    public String referrerEmail(CaseReference caseReference) {
        return referral(caseReference).referrer().workEmail();
    }

    @Override
    public Set<String> agenciesInvolved(CaseReference caseReference) {
        return Set.copyOf(referral(caseReference).agencyCodes());
    }

    @Override
    public boolean parallelProceedingsOpen(CaseReference caseReference) {
        return referral(caseReference).parallelProceedingsOpen();
    }

    @Override
    public String purpose(CaseReference caseReference) {
        return referral(caseReference).purpose().name();
    }

    @Override
    public Optional<ReviewType> learningReview(CaseReference caseReference) {
        // A case always has its referral; a seeded or merged-in record without one took the statutory route.
        return referrals.ofCase(caseReference).flatMap(r -> r.purpose().learningReview());
    }

    private Referral referral(CaseReference caseReference) {
        return referrals.ofCase(caseReference)
                .orElseThrow(() -> new IllegalArgumentException("No referral for case " + caseReference));
    }
}
