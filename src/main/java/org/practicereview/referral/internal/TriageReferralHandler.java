package org.practicereview.referral.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_TriageReferral: the coordinator accepts the referral, asks the referrer for more, or merges it
 * into an open case about the same incident. Returns {@code triageOutcome} for the process.
 */
@Component
class TriageReferralHandler implements UserTaskHandler {

    static final String FORM_ID = "triage-referral";

    private final CaseFiles caseFiles;
    private final Triages triages;
    private final ReferralNotices notices;
    private final Clock clock;
    private final Trail trail;

    TriageReferralHandler(CaseFiles caseFiles, Triages triages, ReferralNotices notices, Clock clock, Trail trail) {
        this.trail = trail;
        this.caseFiles = caseFiles;
        this.triages = triages;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_TriageReferral";
    }

    @Override
    public String formId() {
        return FORM_ID;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        Triage.Outcome outcome = Triage.Outcome.valueOf(values.requiredText("outcome"));
        boolean complete = "yes".equals(values.requiredText("complete"));
        List<FieldError> errors = new ArrayList<>();
        CaseReference duplicateOf = outcome == Triage.Outcome.MERGED ? duplicateOf(task, values, errors) : null;
        String questions = values.textOrNull("questionsForReferrer");
        if (outcome == Triage.Outcome.MORE_INFORMATION && questions == null) {
            errors.add(new FieldError("questionsForReferrer", "Enter the questions for the referrer"));
        }
        if (outcome == Triage.Outcome.ACCEPTED && !complete) {
            errors.add(new FieldError("outcome", "You cannot accept an incomplete referral: ask the referrer for more information"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        triages.save(Triage.record(task.caseReference(), outcome, complete, "yes".equals(values.requiredText("inArea")),
                duplicateOf, questions, values.textOrNull("notes"), task.actor().userId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        if (outcome == Triage.Outcome.MORE_INFORMATION) {
            notices.moreInformationRequested(task.caseReference());
        }
        if (outcome == Triage.Outcome.ACCEPTED) {
            trail.append(task.caseReference(), task.actor(), TrailAction.REFERRAL_ACCEPTED, "complete and in area");
        }
        return Map.of(ProcessVariables.TRIAGE_OUTCOME, outcome.name());
    }

    private CaseReference duplicateOf(TaskContext task, ValidatedValues values, List<FieldError> errors) {
        Optional<String> given = values.text("duplicateOf");
        if (given.isEmpty()) {
            errors.add(new FieldError("duplicateOf", "Enter the reference of the case this referral duplicates"));
            return null;
        }
        CaseReference target = new CaseReference(given.get());
        boolean openOther = !target.equals(task.caseReference())
                && caseFiles.find(target).map(CaseFile::isOpen).orElse(false);
        if (!openOther) {
            errors.add(new FieldError("duplicateOf", "Enter the reference of another case that is still open"));
            return null;
        }
        return target;
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        String outcome = (String) variables.get(ProcessVariables.TRIAGE_OUTCOME);
        return "triageOutcome=" + outcome
                + ("MERGED".equals(outcome) ? " duplicateOf=" + values.requiredText("duplicateOf") : "");
    }
}
