package org.practicereview.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.practicereview.referral.internal.CaseFile;
import org.practicereview.referral.internal.CaseFiles;
import org.practicereview.referral.internal.Child;
import org.practicereview.referral.internal.FamilyMember;
import org.practicereview.referral.internal.ParallelProcess;
import org.practicereview.referral.internal.Referral;
import org.practicereview.referral.internal.Referrals;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case page's view of a case file and its referral. {@link #summary} holds no personal data
 * (counts and codes only); {@link #content} does, and is for those the access policy lets read it.
 */
@Service
@Transactional(readOnly = true)
public class CaseRecords {

    public record Summary(CaseReference reference, Instant referredAt, String purpose, Stage stage,
                          Instant stageChangedAt, String referrerAgencyCode, int children, int familyMembers,
                          List<String> agenciesInvolved, List<String> criteriaBelieved, List<String> parallelProcesses,
                          CaseReference mergedInto) {}

    public record Content(String referrerName, String referrerRole, List<ChildRecord> children,
                          List<PersonRecord> familyMembers, String narrative, String interAgencyConcerns, String keyDates) {}

    public record ChildRecord(String fullName, LocalDate dateOfBirth, LocalDate dateOfDeath, LocalDate dateOfIncident,
                              String address, String postcode, String childProtectionPlan, String openToSocialCare) {}

    public record PersonRecord(String fullName, String relationship, LocalDate dateOfBirth, String address) {}

    private final CaseFiles caseFiles;
    private final Referrals referrals;

    CaseRecords(CaseFiles caseFiles, Referrals referrals) {
        this.caseFiles = caseFiles;
        this.referrals = referrals;
    }

    public Optional<Summary> summary(CaseReference reference) {
        Optional<CaseFile> file = caseFiles.find(reference);
        Optional<Referral> referral = referrals.findByCaseReference(reference.value());
        if (file.isEmpty() || referral.isEmpty()) {
            return Optional.empty();
        }
        CaseFile f = file.get();
        Referral r = referral.get();
        return Optional.of(new Summary(reference, r.submittedAt(), f.purpose().name(), f.stage(), f.stageChangedAt(),
                r.referrer().agencyCode(), r.children().size(), r.familyMembers().size(), List.copyOf(r.agencyCodes()),
                r.circumstances().criteriaBelieved(), r.parallelProcesses().stream().map(CaseRecords::process).toList(),
                f.mergedInto()));
    }

    public Optional<Content> content(CaseReference reference) {
        return referrals.findByCaseReference(reference.value()).map(r -> new Content(r.referrer().name(),
                r.referrer().role(), r.children().stream().map(CaseRecords::child).toList(),
                r.familyMembers().stream().map(CaseRecords::person).toList(), r.circumstances().narrative(),
                r.circumstances().interAgencyConcerns(), r.circumstances().keyDates()));
    }

    private static String process(ParallelProcess p) {
        return p.kind().name() + ":" + p.status().name();
    }

    private static ChildRecord child(Child c) {
        return new ChildRecord(c.fullName(), c.dateOfBirth(), c.dateOfDeath(), c.dateOfIncident(), c.address(),
                c.postcode(), c.childProtectionPlan(), c.openToSocialCare());
    }

    private static PersonRecord person(FamilyMember m) {
        return new PersonRecord(m.fullName(), m.relationship(), m.dateOfBirth(), m.address());
    }
}
