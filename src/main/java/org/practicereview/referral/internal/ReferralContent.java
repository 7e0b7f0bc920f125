package org.practicereview.referral.internal;

import java.util.List;

/** Everything a referrer tells the board, already checked against the forms. */
public record ReferralContent(
        Referrer referrer,
        Purpose purpose,
        Circumstances circumstances,
        List<Child> children,
        List<FamilyMember> familyMembers,
        List<AgencyInvolvement> agenciesInvolved,
        List<ParallelProcess> parallelProcesses) {

    public ReferralContent {
        children = List.copyOf(children);
        familyMembers = List.copyOf(familyMembers);
        agenciesInvolved = List.copyOf(agenciesInvolved);
        parallelProcesses = List.copyOf(parallelProcesses);
    }
}
