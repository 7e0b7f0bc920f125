package org.practicereview.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.identity.Agency;
import org.practicereview.referral.CaseDetails;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.ReviewType;
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
    private final FollowUps followUps;
    private final Agencies agencies;
    private final Users users;
    private final CaseDetails cases;

    DecisionCaseFile(Decisions decisions, FormSubmissions submissions, FormAnswers answers, FollowUps followUps,
                     Agencies agencies, Users users, CaseDetails cases) {
        this.cases = cases;
        this.users = users;
        this.followUps = followUps;
        this.agencies = agencies;
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
        Map<String, String> agencyNames = recorded.isEmpty() ? Map.of() : agencies.all().stream()
                .collect(Collectors.toMap(Agency::code, Agency::name));
        for (int i = 0; i < recorded.size(); i++) {
            RecordedDecision d = recorded.get(i);
            // The follow-ups name their agencies by code; every other answer is shown as it was given.
            List<Row> rows = new ArrayList<>(kept.size() == recorded.size()
                    ? answers.rows(kept.get(i), c -> agencyNames.getOrDefault(c, c))
                    : List.of(Row.of("Rationale for the decision", d.rationale())));
            rows.addAll(facts(d));
            parts.add(new Part(recorded.size() > 1 ? "Decision " + (i + 1) : "Decision",
                    "Decided by " + users.nameOf(d.decidedBy()) + " on " + GovDates.time(d.decidedAt()), rows));
        }
        Optional<ReviewType> learning = recorded.isEmpty() ? cases.learningReview(caseReference) : Optional.empty();
        learning.ifPresent(type -> parts.add(learningRoute(type)));
        List<FollowUpAction> actions = recorded.isEmpty() ? List.of() : followUps.forCase(caseReference);
        for (int i = 0; i < actions.size(); i++) {
            parts.add(followUp(i + 1, actions.get(i)));
        }
        return List.of(CaseFileSection.of("decision", "Chair's decision", 60, parts,
                learning.isPresent() ? "No decision of the chair is needed." : "The chair has not decided yet."));
    }

    /** A referral for learning or good practice needs no decision of the chair: it went to the PRG as its review. */
    private static Part learningRoute(ReviewType type) {
        return new Part("No decision of the chair needed", "Referred for learning or good practice, not as a serious incident",
                List.of(Row.of("Review commissioned", type.title()),
                        Row.of("Why", "A referral for multi-agency learning or good practice goes to the Practice Review Group"
                                + " as its review, without screening against the statutory criteria."),
                        Row.of("National panel", "Not notified: it is not a serious incident.")));
    }

    /** One follow-up action of a decision not to review: what, whose, by when, and done or not, with the evidence. */
    private Part followUp(int number, FollowUpAction a) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("What", a.description()));
        rows.add(Row.of("Agency responsible", agencies.nameOf(a.ownerAgency())));
        rows.add(Row.of("Due by", GovDates.day(a.dueDate())));
        rows.add(Row.of("Status", a.completedAt().map(at -> "Done on " + GovDates.time(at) + " by " + users.nameOf(a.completedBy()))
                .orElse("Not done yet")));
        a.evidence().ifPresent(e -> rows.add(Row.of("What was done", e)));
        return new Part("Follow-up action " + number + ": " + a.kind().label(),
                "Asked by " + users.nameOf(a.createdBy()) + " on " + GovDates.time(a.createdAt()), rows);
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
