package org.practicereview.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practicereview.referral.CaseDetails;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.FormAnswers;
import org.practicereview.workflow.FormSubmission;
import org.practicereview.workflow.FormSubmissions;
import org.springframework.stereotype.Component;

/**
 * Screening and the PRG's recommendation in the case file: the result in words with the regulation it
 * rests on, every fact the PRG recorded with its notes, and each recommendation in full (rationale,
 * likely learning, parallel processes, impact on the family).
 */
@Component
class ScreeningCaseFile implements CaseFileSections {

    static final String SCREENING_FORM = "screen-against-criteria";
    static final String RECOMMENDATION_FORM = "recommend-to-chair";

    private final Screenings screenings;
    private final FormSubmissions submissions;
    private final FormAnswers answers;
    private final CaseDetails cases;

    ScreeningCaseFile(Screenings screenings, FormSubmissions submissions, FormAnswers answers, CaseDetails cases) {
        this.cases = cases;
        this.screenings = screenings;
        this.submissions = submissions;
        this.answers = answers;
    }

    @Override
    public Set<String> keys() {
        return Set.of("screening", "recommendation");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        List<FormSubmission> kept = submissions.forCase(caseReference, List.of(SCREENING_FORM, RECOMMENDATION_FORM));
        List<Part> screening = new ArrayList<>();
        screenings.latest(caseReference).ifPresent(o -> screening.add(result(o)));
        List<Part> recommendations = new ArrayList<>();
        for (FormSubmission s : kept) {
            if (s.formId().equals(SCREENING_FORM)) {
                screening.add(answers.part("Facts recorded", answers.byline("Recorded", s), s));
            } else {
                recommendations.add(answers.part("Recommendation", answers.byline("Made", s), s));
            }
        }
        boolean learning = screening.isEmpty() && cases.learningReview(caseReference).isPresent();
        return List.of(CaseFileSection.of("screening", "Screening against the criteria", 40, screening, learning
                        ? "Not screened: a referral for learning or good practice is not a serious incident and goes to the"
                                + " Practice Review Group without statutory screening."
                        : "The case has not been screened against the criteria yet."),
                CaseFileSection.of("recommendation", "PRG recommendation", 50, recommendations,
                        learning ? "None needed: no decision of the chair is asked for." : "No recommendation yet."));
    }

    private static Part result(ScreeningOutcome o) {
        return new Part("Result", "Evaluated on " + GovDates.time(o.evaluatedAt()), List.of(
                Row.of("Criteria result", o.result().inWords()), Row.of("Why", o.reason()),
                Row.of("Criteria table", "Version " + o.decisionVersion()
                        + (o.decisionVersionTag() == null ? "" : " (" + o.decisionVersionTag() + ")"))));
    }
}
