package org.practicereview.rapidreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.rapidreview.RapidReviewSteps.Incident;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_SendRapidReviewToPanel: the approved rapid review, as a PDF, to the national panel with the partners' decision. */
@Component("sendRapidReviewToPanel")
class SendRapidReviewToPanel implements JavaDelegate {

    private final RapidReviewSteps steps;

    SendRapidReviewToPanel(RapidReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseReference ref = new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
        Object due = execution.getVariable(ProcessVariables.RAPID_REVIEW_DUE);
        Instant sent = steps.send(ref, new Incident(day(execution.getVariable(ProcessVariables.AWARENESS_DATE)),
                day(execution.getVariable(ProcessVariables.PANEL_NOTIFIED_DATE)), due instanceof Date d ? d.toInstant() : null));
        execution.setVariable(ProcessVariables.RAPID_REVIEW_SENT, Date.from(sent));
    }

    private static LocalDate day(Object iso) {
        return iso instanceof String text && !text.isBlank() ? LocalDate.parse(text) : null;
    }
}
