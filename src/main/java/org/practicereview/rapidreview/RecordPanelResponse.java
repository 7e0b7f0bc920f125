package org.practicereview.rapidreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.practicereview.rapidreview.RapidReviewSteps.PanelOutcome;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPanelResponse: the business unit records the national panel's response to the rapid review. A request
 * for more information sends the rapid review back; otherwise the partners' decision stands, and a local review it
 * commissions starts from the day the last partner approved it.
 */
@Component
class RecordPanelResponse implements UserTaskHandler {

    static final String FORM = "record-panel-response";

    private final RapidReviewSteps steps;
    private final RapidReviews reviews;
    private final Clock clock;

    RecordPanelResponse(RapidReviewSteps steps, RapidReviews reviews, Clock clock) {
        this.steps = steps;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_RecordPanelResponse";
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        LocalDate received = values.date("receivedOn").orElseThrow();
        if (received.isAfter(LocalDate.now(clock.withZone(GovDates.UK)))) {
            throw InvalidSubmissionException.of("receivedOn", "The date the panel's response arrived must be today or in the past");
        }
        reviews.sentOn(task.caseReference()).filter(received::isBefore).ifPresent(sent -> {
            throw InvalidSubmissionException.of("receivedOn", "The panel's response cannot have arrived before the rapid review "
                    + "was sent to it on " + GovDates.day(sent));
        });
        PanelOutcome outcome = steps.panelResponse(task.caseReference(), task.actor(), received,
                PanelAnswer.valueOf(values.requiredText("panelResponse")), values.requiredText("panelWords"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.PANEL_ASKS_MORE, outcome.moreAsked());
        variables.put(ProcessVariables.LCSPR_COMMISSIONED, outcome.localReview());
        if (outcome.localReview()) {
            variables.put(ProcessVariables.REVIEW_TYPE, ReviewType.LCSPR.name());
            variables.put(ProcessVariables.DECISION_TO_INITIATE_DATE, outcome.decisionToInitiate().toString());
        }
        return variables;
    }
}
