package org.practicereview.workflow;

import org.practicereview.shared.ReviewType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The six-month target of a review and its reminder a month before. An SCR or a lesser review counts from the
 * day the review starts; a local child safeguarding practice review (regime {@code CSPR_2018}) from the
 * safeguarding partners' decision to initiate it, however long the review took to start. The target is kept on
 * the review's process ({@link ProcessVariables#REVIEW_TARGET_DUE}) so that its steps' due dates, the case page
 * and the escalation timer all read the same date. The diagram asks {@code ${reviewClock.target(execution)}}.
 */
@Component("reviewClock")
public class ReviewClock {

    static final int TARGET_MONTHS = 6;
    static final int REMINDER_MONTHS = 5;

    private final WorkingDays workingDays;

    public ReviewClock(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** The target: the end of the first working day six months on; kept on the review's process. */
    public Date target(DelegateExecution execution) {
        Object kept = execution.getProcessInstance().getVariableLocal(ProcessVariables.REVIEW_TARGET_DUE);
        if (kept instanceof Date date) {
            return date;
        }
        Date target = workingDays.endOfDay(workingDays.onOrAfter(countsFrom(execution).plusMonths(TARGET_MONTHS)));
        execution.getProcessInstance().setVariableLocal(ProcessVariables.REVIEW_TARGET_DUE, target);
        return target;
    }

    /** The reminder: the start of the first working day five months on. */
    public Date reminder(DelegateExecution execution) {
        return workingDays.startOfDay(workingDays.onOrAfter(countsFrom(execution).plusMonths(REMINDER_MONTHS)));
    }

    /** The day the six months count from. */
    LocalDate countsFrom(VariableScope execution) {
        return decisionToInitiate(execution::getVariable).orElseGet(workingDays::today);
    }

    /** The partners' decision to initiate a local review (review type LCSPR, only on the newer route); empty for any other review. */
    public static Optional<LocalDate> decisionToInitiate(Function<String, Object> variables) {
        if (!ReviewType.LCSPR.name().equals(String.valueOf(variables.apply(ProcessVariables.REVIEW_TYPE)))) {
            return Optional.empty();
        }
        Object decided = variables.apply(ProcessVariables.DECISION_TO_INITIATE_DATE);
        if (decided instanceof LocalDate date) {
            return Optional.of(date);
        }
        if (decided instanceof Date date) {
            return Optional.of(date.toInstant().atZone(WorkingDays.UK).toLocalDate());
        }
        try {
            return Optional.of(LocalDate.parse(String.valueOf(decided)));
        } catch (DateTimeParseException e) {
            // A wiring fault of the calling route, not user input: the review cannot know its target.
            throw new IllegalStateException("A local review needs the date of the decision to initiate it", e);
        }
    }
}
