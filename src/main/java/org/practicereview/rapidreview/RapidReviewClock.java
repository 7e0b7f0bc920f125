package org.practicereview.rapidreview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.RapidReviewStart;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rapid review's clocks, in working days (bank holidays included): the 15 working days from the day the
 * board's setting names (the local authority became aware, or notified the national panel), the partners'
 * approval, and the national panel's response with its weekly reminder. The diagram asks, e.g.
 * {@code ${rapidReviewClock.due(execution)}}; a task's due date and its timers are evaluated together when it starts.
 */
@Component("rapidReviewClock")
public class RapidReviewClock {

    /** Working Together: a rapid review within 15 working days. */
    public static final int WORKING_DAYS = 15;
    /** A rapid review sent back after its target passed: the business unit's turnaround. */
    static final int RETURNED_WORKING_DAYS = 5;
    /** The partners always have at least this long to approve, even when the 15 working days are nearly gone. */
    static final int APPROVAL_WORKING_DAYS = 2;
    /** The board's expectation of the national panel's answer, from the day the rapid review was sent. */
    static final int PANEL_RESPONSE_WORKING_DAYS = 15;
    /** The business unit is reminded of a response still awaited this long after sending, then every week. */
    static final int PANEL_CHASE_WORKING_DAYS = 5;

    private final WorkingDays workingDays;
    private final Supplier<RapidReviewStart> start;

    @Autowired
    RapidReviewClock(WorkingDays workingDays, BoardSettings settings) {
        this(workingDays, () -> settings.current().rapidReviewStart());
    }

    /** With a fixed setting: for process tests without the application. */
    public RapidReviewClock(WorkingDays workingDays, Supplier<RapidReviewStart> start) {
        this.workingDays = workingDays;
        this.start = start;
    }

    /**
     * The record's due date: the end of the 15th working day from the start the setting names, counted once and kept
     * on the process. A rapid review sent back after that day is due {@value #RETURNED_WORKING_DAYS} working days on.
     */
    public Date due(DelegateExecution execution) {
        Date target = target(execution);
        boolean returned = execution.getVariable(ProcessVariables.PARTNERS_APPROVED) != null;
        return !returned || target.after(workingDays.now()) ? target : workingDays.dueIn(RETURNED_WORKING_DAYS);
    }

    public Date reminder(DelegateExecution execution) {
        return dayBefore(due(execution));
    }

    /** The partners' approvals: the 15 working days' end, but never less than two working days from today. */
    public Date approvalDue(DelegateExecution execution) {
        Date target = target(execution);
        Date least = workingDays.dueIn(APPROVAL_WORKING_DAYS);
        return target.after(least) ? target : least;
    }

    public Date approvalReminder(DelegateExecution execution) {
        return dayBefore(approvalDue(execution));
    }

    /** The national panel's response is expected 15 working days after the rapid review was sent. */
    public Date panelResponseDue(DelegateExecution execution) {
        return workingDays.endOfDay(workingDays.addWorkingDays(sentOn(execution), PANEL_RESPONSE_WORKING_DAYS));
    }

    /** Every week while the response is awaited, from the start of the fifth working day after sending. */
    public String panelChase(DelegateExecution execution) {
        Date first = workingDays.startOfDay(workingDays.addWorkingDays(sentOn(execution), PANEL_CHASE_WORKING_DAYS));
        return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(first.toInstant().atZone(WorkingDays.UK)) + "/P7D";
    }

    /** The day the 15 working days count from: as the setting says, or the day the local authority became aware. */
    public LocalDate startDay(VariableScope execution) {
        LocalDate aware = day(execution.getVariable(ProcessVariables.AWARENESS_DATE));
        LocalDate notified = day(execution.getVariable(ProcessVariables.PANEL_NOTIFIED_DATE));
        LocalDate chosen = start.get() == RapidReviewStart.PANEL_NOTIFIED && notified != null ? notified : aware;
        return chosen != null ? chosen : workingDays.today();
    }

    private Date target(DelegateExecution execution) {
        if (execution.getVariable(ProcessVariables.RAPID_REVIEW_DUE) instanceof Date kept) {
            return kept;
        }
        Date target = workingDays.endOfDay(workingDays.addWorkingDays(startDay(execution), WORKING_DAYS));
        execution.getProcessInstance().setVariable(ProcessVariables.RAPID_REVIEW_DUE, target);
        return target;
    }

    private LocalDate sentOn(DelegateExecution execution) {
        Object sent = execution.getVariable(ProcessVariables.RAPID_REVIEW_SENT);
        return sent instanceof Date date ? date.toInstant().atZone(WorkingDays.UK).toLocalDate() : workingDays.today();
    }

    /** The start of the working day before a due date, or now when that has passed. */
    private Date dayBefore(Date due) {
        LocalDate day = due.toInstant().atZone(WorkingDays.UK).toLocalDate().minusDays(1);
        while (!workingDays.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        Date reminder = workingDays.startOfDay(day);
        Date now = workingDays.now();
        return reminder.before(now) ? now : reminder;
    }

    private static LocalDate day(Object iso) {
        return iso instanceof String text && !text.isBlank() ? LocalDate.parse(text) : null;
    }
}
