package org.practicereview.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.WorkingDayTargets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The target dates of the steps no statute times, in working days from the board's settings
 * ({@link WorkingDayTargets}): the task's due date, its reminder (the start of the working day before)
 * and its escalation (the target itself). The diagrams ask by step name, e.g.
 * {@code ${stepTargets.due(execution, 'TRIAGE')}}; the task's due date and its two timers are evaluated
 * together when the task starts, so they agree.
 */
@Component("stepTargets")
public class StepTargets {

    /** A step with a board target, and the working day it counts from. */
    public enum Step {
        /** From the referral (or the referrer's answer) reaching triage. */
        TRIAGE,
        /** From triage accepting the referral, or the chair deferring. */
        AGENCY_REQUEST,
        /** From the agencies' answers (or the round's close). */
        SCREENING,
        /** From screening. */
        RECOMMENDATION,
        /** From triage's question. */
        REFERRER_REPLY,
        /** From the start of publication (the review's sign-off), or from the chair sending the pack back. */
        PUBLICATION_PACK,
        /** The findings of the anonymisation check share the pack's date. */
        ANONYMISATION_FINDINGS,
        /** From the end of the notice period. */
        PUBLICATION_APPROVAL
    }

    private final WorkingDays workingDays;
    private final Supplier<WorkingDayTargets> targets;

    @Autowired
    StepTargets(WorkingDays workingDays, BoardSettings settings) {
        this(workingDays, () -> settings.current().targets());
    }

    /** With fixed targets: for process tests without the application. */
    public StepTargets(WorkingDays workingDays, Supplier<WorkingDayTargets> targets) {
        this.workingDays = workingDays;
        this.targets = targets;
    }

    /** The step's target: the end of its last working day. */
    public Date due(DelegateExecution execution, String step) {
        return switch (Step.valueOf(step)) {
            case PUBLICATION_PACK -> publicationPackDue(execution);
            case ANONYMISATION_FINDINGS -> execution.getVariable(ProcessVariables.PUBLICATION_TARGET_DUE) instanceof Date kept
                    ? kept : publicationPackDue(execution);
            case PUBLICATION_APPROVAL -> workingDays.endOfDay(workingDays.addWorkingDays(
                    dayOf(noticePeriodEnd(execution)), targets.get().publication()));
            default -> beforeTheDecision(execution, workingDays.dueIn(days(Step.valueOf(step))));
        };
    }

    /**
     * While publication is held for parallel proceedings: the date the coordinator set to check on them;
     * for a hold begun without one, the publication target from today.
     */
    public Date proceedingsCheck(DelegateExecution execution) {
        Object set = execution.getVariable(ProcessVariables.PROCEEDINGS_CHECK_BY);
        return set instanceof Date date ? date : workingDays.remindIn(targets.get().publication());
    }

    /** The reminder: the start of the working day before the target, or now when that has passed. */
    public Date reminder(DelegateExecution execution, String step) {
        LocalDate due = dayOf(due(execution, step));
        LocalDate dayBefore = due.minusDays(1);
        while (!workingDays.isWorkingDay(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        Date reminder = workingDays.startOfDay(dayBefore);
        Date now = workingDays.now();
        return reminder.before(now) ? now : reminder;
    }

    private int days(Step step) {
        WorkingDayTargets t = targets.get();
        return switch (step) {
            case TRIAGE -> t.triage();
            case AGENCY_REQUEST -> t.agencyRequest();
            case SCREENING -> t.screening();
            case RECOMMENDATION -> t.recommendation();
            case REFERRER_REPLY -> t.referrerReply();
            case PUBLICATION_PACK, ANONYMISATION_FINDINGS, PUBLICATION_APPROVAL -> t.publication();
        };
    }

    /** A step before the chair's decision is never due after the decision itself, while that is still ahead. */
    private Date beforeTheDecision(DelegateExecution execution, Date target) {
        Object decision = execution.getVariable(ProcessVariables.DECISION_DUE);
        if (decision instanceof Date decisionDue && decisionDue.after(workingDays.now()) && decisionDue.before(target)) {
            return decisionDue;
        }
        return target;
    }

    /** Counted when the pack is asked for, and kept on the publication for the findings that follow it. */
    private Date publicationPackDue(DelegateExecution execution) {
        Date due = workingDays.dueIn(targets.get().publication());
        execution.getProcessInstance().setVariableLocal(ProcessVariables.PUBLICATION_TARGET_DUE, due);
        return due;
    }

    private Date noticePeriodEnd(DelegateExecution execution) {
        Object end = execution.getVariable(ProcessVariables.PUBLISH_NOT_BEFORE);
        return end instanceof Date date ? date : workingDays.now();
    }

    private static LocalDate dayOf(Date date) {
        return date.toInstant().atZone(WorkingDays.UK).toLocalDate();
    }
}
