package org.practicereview.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.FormAnswers;
import org.practicereview.workflow.FormSubmission;
import org.practicereview.workflow.FormSubmissions;
import org.springframework.stereotype.Component;

/**
 * What an agency asked about a case needs to find its own records, and no more: each child's name,
 * date of birth and address, each family member, and the dates the referral gives. Nothing of the
 * account of what happened, the referrer or the other agencies. The caller has checked that the
 * person holds a task of this case addressed to their agency.
 */
@Component
public class AgencyBriefFacts {

    private static final Set<String> CHILD = Set.of("childName", "dateOfBirth", "dateOfIncident", "address", "postcode");
    private static final Set<String> FAMILY_MEMBER = Set.of("fullName", "relationship", "dateOfBirth", "address");
    private static final Set<String> DATES = Set.of("keyDates");

    private final FormSubmissions submissions;
    private final FormAnswers answers;

    AgencyBriefFacts(FormSubmissions submissions, FormAnswers answers) {
        this.submissions = submissions;
        this.answers = answers;
    }

    /** "Who to look for": a part per child and per family member, then the referral's key dates. */
    public CaseFileSection whoToLookFor(CaseReference caseReference) {
        Map<String, Set<String>> shown = Map.of(ReferralSection.CHILD.formId(), CHILD,
                ReferralSection.FAMILY_MEMBER.formId(), FAMILY_MEMBER, ReferralSection.CIRCUMSTANCES.formId(), DATES);
        List<Part> parts = new ArrayList<>();
        int children = 0;
        int members = 0;
        for (FormSubmission s : submissions.forCase(caseReference, shown.keySet())) {
            List<Row> rows = answers.rows(s, shown.get(s.formId()));
            String heading = s.formId().equals(ReferralSection.CHILD.formId()) ? "Child " + ++children
                    : s.formId().equals(ReferralSection.FAMILY_MEMBER.formId()) ? "Family member " + ++members
                    : "Dates the referral gives";
            parts.add(new Part(heading, null, rows));
        }
        return CaseFileSection.of("who-to-look-for", "Who to look for in your records", 10, parts,
                "The referral names no one yet.");
    }
}
