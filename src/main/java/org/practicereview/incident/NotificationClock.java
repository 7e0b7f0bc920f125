package org.practicereview.incident;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The dates of the serious incident notification, in working days ({@link WorkingDays}, bank holidays included):
 * the awareness is recorded by the end of the working day after the referral (reminded at the start of that day);
 * the national panel is notified within 5 working days of the day the local authority became aware (Children Act
 * 2004 s.16C; Working Together), reminded at the start of the working day before, and the business unit told
 * when the day passes. The diagram asks {@code ${notificationClock.panelDue(execution)}}.
 */
@Component("notificationClock")
public class NotificationClock {

    /** Working days from awareness to the notification (Working Together 2018, 2023). */
    public static final int PANEL_WORKING_DAYS = 5;
    static final int AWARENESS_WORKING_DAYS = 1;

    private final WorkingDays workingDays;

    public NotificationClock(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public Date awarenessDue(VariableScope execution) {
        return workingDays.dueIn(AWARENESS_WORKING_DAYS);
    }

    public Date awarenessReminder(VariableScope execution) {
        return workingDays.remindIn(AWARENESS_WORKING_DAYS);
    }

    /** The end of the fifth working day after the day of awareness; already past when awareness was recorded late. */
    public Date panelDue(VariableScope execution) {
        return workingDays.endOfDay(panelDueOn(awareOn(execution)));
    }

    /** The start of the working day before the notification is due, or now when that has passed. */
    public Date panelReminder(VariableScope execution) {
        LocalDate dayBefore = panelDueOn(awareOn(execution)).minusDays(1);
        while (!workingDays.isWorkingDay(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        Date reminder = workingDays.startOfDay(dayBefore);
        Date now = workingDays.now();
        return reminder.before(now) ? now : reminder;
    }

    /** The day the notification to the national panel is due. */
    public LocalDate panelDueOn(LocalDate becameAwareOn) {
        return workingDays.addWorkingDays(becameAwareOn, PANEL_WORKING_DAYS);
    }

    private static LocalDate awareOn(VariableScope execution) {
        Object aware = execution.getVariable(ProcessVariables.AWARENESS_DATE);
        if (aware == null) {
            throw new IllegalStateException("The notification's clock needs the day the local authority became aware");
        }
        return LocalDate.parse(aware.toString());
    }
}
