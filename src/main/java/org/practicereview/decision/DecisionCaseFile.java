package org.practicereview.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * Each chair's decision in full in the case file: the chair's answers as given (option, review type,
 * follow-up, rationale, departure reason), the criteria result it was taken against, whether it departs
 * from it, and when it was due and made. The decision record PDF is listed with the case's documents.
 */
@Component
class DecisionCaseFile implements CaseFileSections {

    static final String FORM = "record-scr-decision";

    private final Decisions decisions;
    private final FormSubmissions submissions;
    private final FormAnswers answers;

    DecisionCaseFile(Decisions decisions, FormSubmissions submissions, FormAnswers answers) {
        this.decisions = decisions;
        this.submissions = submissions;
        this.answers = answers;
    }

    @Override
    public Set<String> keys() {
        return Set.of("decision");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        List<RecordedDecision> recorded = decisions.forCase(caseReference);
        List<FormSubmission> kept = recorded.isEmpty() ? List.of() : submissions.forCase(caseReference, List.of(FORM));
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            RecordedDecision d = recorded.get(i);
            List<Row> rows = new ArrayList<>(kept.size() == recorded.size() ? answers.rows(kept.get(i), c -> c)
                    : List.of(Row.of("Rationale for the decision", d.rationale())));
            rows.addAll(facts(d));
            parts.add(new Part(recorded.size() > 1 ? "Decision " + (i + 1) : "Decision",
                    "Decided by " + d.decidedBy() + " on " + GovDates.time(d.decidedAt()), rows));
        }
        return List.of(CaseFileSection.of("decision", "Chair's decision", 60, parts, "The chair has not decided yet."));
    }

    private static List<Row> facts(RecordedDecision d) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Criteria result at the time", d.criteriaResult().inWords()));
        rows.add(Row.of("Departs from the criteria result", d.departsFromCriteria() ? "Yes" : "No"));
        if (d.decisionDue() != null) {
            rows.add(Row.of("Was due", GovDates.day(d.decisionDue()) + (d.withinDeadline() ? ", decided in time"
                    : ", decided after the due date")));
        }
        return rows;
    }
}
