package org.practicereview.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Task_PreparePublicationPack: the whole pack, first time or after the chair returned it; with parallel
 * proceedings open, the date the business unit is asked whether they have concluded; and whether only a
 * summary is published, with the reason (otherwise the chair approves only once the report is uploaded). For a
 * local child safeguarding practice review, the day its final report went to the national panel and the
 * Secretary of State, which it is published no sooner than 7 working days after.
 */
@Component
class PreparePublicationPack implements UserTaskHandler {

    private final PublicationSteps steps;
    private final RuntimeService runtime;
    private final WorkingDays workingDays;

    PreparePublicationPack(PublicationSteps steps, RuntimeService runtime, WorkingDays workingDays) {
        this.steps = steps;
        this.runtime = runtime;
        this.workingDays = workingDays;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_PreparePublicationPack";
    }

    @Override
    public String formId() {
        return "prepare-publication-pack";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        boolean proceedingsOpen = "yes".equals(values.requiredText(PackFields.PROCEEDINGS_OPEN));
        // The type the chair commissioned, carried by the process from the decision: never a choice in the pack.
        ReviewType type = ReviewType.fromCode(runtime.getVariable(task.processInstanceId(), ProcessVariables.REVIEW_TYPE));
        Map<String, String> texts = texts(values);
        List<FieldError> errors = new ArrayList<>(BriefingSpace.problems(texts, type));
        Optional<LocalDate> checkBy = proceedingsOpen ? values.date(PackFields.CHECK_PROCEEDINGS_BY) : Optional.empty();
        if (proceedingsOpen && checkBy.isEmpty()) {
            errors.add(new FieldError(PackFields.CHECK_PROCEEDINGS_BY,
                    "Enter the date to check again whether the proceedings have concluded"));
        } else if (checkBy.isPresent() && !checkBy.get().isAfter(workingDays.today())) {
            errors.add(new FieldError(PackFields.CHECK_PROCEEDINGS_BY, "The date to check again must be in the future"));
        }
        String summaryOnlyReason = "yes".equals(values.textOrNull(PackFields.SUMMARY_ONLY))
                ? values.textOrNull(PackFields.SUMMARY_ONLY_REASON) : null;
        if ("yes".equals(values.textOrNull(PackFields.SUMMARY_ONLY)) && summaryOnlyReason == null) {
            errors.add(new FieldError(PackFields.SUMMARY_ONLY_REASON, "Enter why only a summary is published"));
        }
        LocalDate reportSentOn = reportSentOn(type, values, errors);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        steps.prepare(task.caseReference(), type, texts, proceedingsOpen, summaryOnlyReason, reportSentOn);
        Map<String, Object> variables = new HashMap<>(Map.of(ProcessVariables.PROCEEDINGS_OPEN, proceedingsOpen));
        checkBy.ifPresent(date -> {
            Date reminder = workingDays.startOfDay(workingDays.onOrAfter(date));
            steps.proceedingsCheckDateSet(task.caseReference(), task.actor(), reminder);
            variables.put(ProcessVariables.PROCEEDINGS_CHECK_BY, reminder);
        });
        return variables;
    }

    /** A local review's report went to the national panel and the Secretary of State: on a day not after today. */
    private LocalDate reportSentOn(ReviewType type, ValidatedValues values, List<FieldError> errors) {
        Optional<LocalDate> sent = values.date(PackFields.REPORT_SENT_ON);
        if (type != ReviewType.LCSPR) {
            return null;
        }
        if (sent.isEmpty()) {
            errors.add(new FieldError(PackFields.REPORT_SENT_ON, "Enter the date the final report was sent to the national "
                    + "panel and the Secretary of State: a local child safeguarding practice review is published no sooner "
                    + "than 7 working days after it"));
        } else if (sent.get().isAfter(workingDays.today())) {
            errors.add(new FieldError(PackFields.REPORT_SENT_ON, "The date the final report was sent must be today or in the past"));
        }
        return sent.orElse(null);
    }

    /** The pack's texts that were given, by field key. */
    static Map<String, String> texts(ValidatedValues values) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : PackFields.TEXTS) {
            values.text(key).ifPresent(t -> texts.put(key, t));
        }
        return texts;
    }
}
