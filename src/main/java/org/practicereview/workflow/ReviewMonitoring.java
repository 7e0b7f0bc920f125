package org.practicereview.workflow;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The set intervals at which the safeguarding partners monitor a local child safeguarding practice review
 * (SI 2018/789 reg. 14): every {@code practice-review.review.monitoring-interval-weeks} weeks (4 unless set) from
 * the review's start, at the start of the working day, each counted from the one before so the rhythm holds. The
 * diagram asks {@code ${reviewMonitoring.next(execution)}}; the date is kept on the review's process.
 */
@Component("reviewMonitoring")
public class ReviewMonitoring {

    private final WorkingDays workingDays;
    private final int intervalWeeks;

    @Autowired
    public ReviewMonitoring(WorkingDays workingDays, @Value("${practice-review.review.monitoring-interval-weeks:4}") int intervalWeeks) {
        if (intervalWeeks < 1) {
            throw new IllegalArgumentException("practice-review.review.monitoring-interval-weeks must be at least 1");
        }
        this.workingDays = workingDays;
        this.intervalWeeks = intervalWeeks;
    }

    public int intervalWeeks() {
        return intervalWeeks;
    }

    /** The next monitoring date: one interval after the last (or the start); a date already past counts from today. */
    public Date next(DelegateExecution execution) {
        Object last = execution.getVariable(ProcessVariables.MONITORING_DUE);
        LocalDate today = workingDays.today();
        LocalDate from = last instanceof Date date ? date.toInstant().atZone(WorkingDays.UK).toLocalDate() : today;
        LocalDate next = from.plusWeeks(intervalWeeks);
        if (!next.isAfter(today)) {
            next = today.plusWeeks(intervalWeeks);
        }
        Date due = workingDays.startOfDay(workingDays.onOrAfter(next));
        execution.getProcessInstance().setVariableLocal(ProcessVariables.MONITORING_DUE, due);
        return due;
    }
}
