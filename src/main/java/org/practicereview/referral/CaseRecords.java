package org.practicereview.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practicereview.referral.internal.CaseFile;
import org.practicereview.referral.internal.CaseFiles;
import org.practicereview.referral.internal.ParallelProcess;
import org.practicereview.referral.internal.Referral;
import org.practicereview.referral.internal.Referrals;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case page's summary of a case file and its referral: no personal data (counts and codes only).
 * The referral in full is the case file's "referral" section ({@code ReferralCaseFile}).
 */
@Service
@Transactional(readOnly = true)
public class CaseRecords {

    public record Summary(CaseReference reference, Instant referredAt, String purpose, Stage stage,
                          Instant stageChangedAt, String referrerAgencyCode, int children, int familyMembers,
                          List<String> agenciesInvolved, List<String> criteriaBelieved, List<String> parallelProcesses,
                          CaseReference mergedInto, Regime regime) {}

    private final CaseFiles caseFiles;
    private final Referrals referrals;

    CaseRecords(CaseFiles caseFiles, Referrals referrals) {
        this.caseFiles = caseFiles;
        this.referrals = referrals;
    }

    public Optional<Summary> summary(CaseReference reference) {
        Optional<CaseFile> file = caseFiles.find(reference);
        Optional<Referral> referral = referrals.ofCase(reference);
        if (file.isEmpty() || referral.isEmpty()) {
            return Optional.empty();
        }
        CaseFile f = file.get();
        Referral r = referral.get();
        return Optional.of(new Summary(reference, r.submittedAt(), f.purpose().name(), f.stage(), f.stageChangedAt(),
                r.referrer().agencyCode(), r.children().size(), r.familyMembers().size(), List.copyOf(r.agencyCodes()),
                r.circumstances().criteriaBelieved(), r.parallelProcesses().stream().map(CaseRecords::process).toList(),
                f.mergedInto(), f.regime()));
    }

    private static String process(ParallelProcess p) {
        return p.kind().name() + ":" + p.status().name();
    }
}
