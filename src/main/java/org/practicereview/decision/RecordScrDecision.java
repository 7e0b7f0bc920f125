package org.practicereview.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.screening.ScreeningOutcome;
import org.practicereview.screening.Screenings;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** The chair records the decision against the latest criteria result; a departure from it is flagged in the trail. */
@Component
class RecordScrDecision implements UserTaskHandler {

    static final String FORM = "record-scr-decision";

    private final Decisions decisions;
    private final Screenings screenings;
    private final Trail trail;
    private final Clock clock;
    private final DecisionRecords records;
    private final FollowUpRequests followUpRequests;
    private final FollowUps followUps;

    RecordScrDecision(Decisions decisions, Screenings screenings, Trail trail, Clock clock, DecisionRecords records,
                      FollowUpRequests followUpRequests, FollowUps followUps) {
        this.followUpRequests = followUpRequests;
        this.followUps = followUps;
        this.records = records;
        this.decisions = decisions;
        this.screenings = screenings;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_RecordScrDecision";
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        ScreeningOutcome criteria = screenings.latest(task.caseReference())
                .orElseThrow(() -> new IllegalStateException("No criteria result for " + task.caseReference()));
        List<FieldError> followUpErrors = new ArrayList<>();
        List<String> ticked = DecisionOption.NO_REVIEW.name().equals(values.requiredText("decisionOption"))
                ? values.list("noReviewFollowUp") : List.of();
        List<FollowUps.FollowUpRequest> asked = followUpRequests.of(ticked, values, followUpErrors);
        Decision.Choice choice = choiceOf(values, criteria, followUpErrors);
        Instant due = task.due() == null ? null : task.due().toInstant();
        Decision decision = decisions.save(Decision.take(task.caseReference(), choice, criteria, task.actor(), clock.instant(), due));
        records.store(task.processInstanceId(), decision.view(), criteria, task.actor());
        if (decision.departsFromCriteria()) {
            trail.append(task.caseReference(), task.actor(), TrailAction.DECISION_DEPARTS_FROM_CRITERIA,
                    "criteria " + criteria.result() + " (" + criteria.decisionKey() + " version " + criteria.decisionVersion()
                            + "); decision " + decision.option());
        }
        if (decision.option().commissionsReview()) {
            trail.append(task.caseReference(), task.actor(), TrailAction.REVIEW_COMMISSIONED, decision.reviewType().label());
        }
        Map<String, Object> variables = variablesOf(decision);
        if (!asked.isEmpty()) {
            variables.put(ProcessVariables.FOLLOW_UP_ACTIONS, new ArrayList<>(followUps.create(task.caseReference(), asked, task.actor())));
        }
        return variables;
    }

    private static Decision.Choice choiceOf(ValidatedValues values, ScreeningOutcome criteria, List<FieldError> followUpErrors) {
        DecisionOption option = DecisionOption.valueOf(values.requiredText("decisionOption"));
        List<FieldError> errors = new ArrayList<>();
        String type = option == DecisionOption.OTHER_REVIEW ? values.textOrNull("reviewType") : null;
        if (option == DecisionOption.OTHER_REVIEW && type == null) {
            errors.add(new FieldError("reviewType", "Select the type of review to commission"));
        }
        List<String> followUp = option == DecisionOption.NO_REVIEW ? values.list("noReviewFollowUp") : List.of();
        if (option == DecisionOption.NO_REVIEW && followUp.isEmpty()) {
            errors.add(new FieldError("noReviewFollowUp", "Select what follows the decision not to review"));
        }
        String departureReason = values.textOrNull("departureReason");
        if (option.departsFrom(criteria.result()) && departureReason == null) {
            errors.add(new FieldError("departureReason", "Enter why your decision departs from the criteria result"));
        }
        errors.addAll(followUpErrors);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return new Decision.Choice(option, type == null ? null : ReviewType.valueOf(type), followUp,
                values.requiredText("rationale"), departureReason);
    }

    private static Map<String, Object> variablesOf(Decision decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DECISION_OPTION, decision.option().name());
        variables.put(ProcessVariables.REVIEW_COMMISSIONED, decision.option().commissionsReview());
        variables.put(ProcessVariables.REVIEW_TYPE, decision.reviewType() == null ? null : decision.reviewType().name());
        return variables;
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        Object type = variables.get(ProcessVariables.REVIEW_TYPE);
        return "decision " + variables.get(ProcessVariables.DECISION_OPTION) + (type == null ? "" : " review " + type);
    }
}
