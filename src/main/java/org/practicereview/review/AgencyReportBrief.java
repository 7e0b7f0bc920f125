package org.practicereview.review;

import java.util.List;
import java.util.Set;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.FormAnswers;
import org.practicereview.workflow.FormSubmissions;
import org.springframework.stereotype.Component;

/**
 * The terms of reference an agency writes its report to: the period the review looks at and its key
 * lines of enquiry, as last agreed. Nothing of the PRG's deliberations or other agencies' reports.
 */
@Component
public class AgencyReportBrief {

    static final String TERMS_FORM = "agree-terms-of-reference";
    private static final Set<String> SHOWN = Set.of("periodFrom", "periodTo", "keyLinesOfEnquiry");

    private final FormSubmissions submissions;
    private final FormAnswers answers;

    AgencyReportBrief(FormSubmissions submissions, FormAnswers answers) {
        this.submissions = submissions;
        this.answers = answers;
    }

    public CaseFileSection termsOfReference(CaseReference caseReference) {
        List<Part> parts = submissions.forCase(caseReference, List.of(TERMS_FORM)).stream()
                .reduce((earlier, later) -> later)
                .map(s -> List.of(new Part(null, null, answers.rows(s, SHOWN)))).orElse(List.of());
        return CaseFileSection.of("terms-of-reference", "Terms of reference", 30, parts,
                "The terms of reference have not been agreed yet.");
    }
}
