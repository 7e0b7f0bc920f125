package org.practicereview.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local child safeguarding practice reviews counted for a period, for the partnership's yearly report, one
 * documented query per figure: commissioned (by the partners' decision to initiate, read from the reviews the
 * process started, whether or not their terms of reference are agreed yet), completed, and completed within six
 * months of that decision.
 */
@Service
@Transactional(readOnly = true)
public class LocalReviewFigures {

    private final HistoryService history;
    private final JdbcClient jdbc;

    LocalReviewFigures(HistoryService history, JdbcClient jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    /** Local reviews the partners decided to initiate from {@code from} (inclusive) to {@code to} (exclusive). */
    public long commissioned(LocalDate from, LocalDate to) {
        Set<String> local = history.createHistoricVariableInstanceQuery().processDefinitionKey(ReviewTargets.REVIEW_PROCESS)
                .variableName(ProcessVariables.REVIEW_TYPE).list().stream()
                .filter(v -> ReviewType.LCSPR.name().equals(String.valueOf(v.getValue())))
                .map(HistoricVariableInstance::getProcessInstanceId).collect(Collectors.toSet());
        return history.createHistoricVariableInstanceQuery().processDefinitionKey(ReviewTargets.REVIEW_PROCESS)
                .variableName(ProcessVariables.DECISION_TO_INITIATE_DATE).list().stream()
                .filter(v -> local.contains(v.getProcessInstanceId()))
                .map(v -> day(v.getValue())).filter(d -> d != null && !d.isBefore(from) && d.isBefore(to))
                .count();
    }

    /** Local reviews completed (action plan agreed) in the period. */
    public long completed(Instant from, Instant to) {
        return jdbc.sql("select count(*) from review where review_type = ? and completed_at >= ? and completed_at < ?")
                .params(ReviewType.LCSPR.name(), from, to).query(Long.class).single();
    }

    /** Of those, the ones completed by their six-month target (six months from the partners' decision). */
    public long completedWithinSixMonths(Instant from, Instant to) {
        return jdbc.sql("select count(*) from review where review_type = ? and completed_at >= ? and completed_at < ? "
                        + "and target_due is not null and completed_at <= target_due")
                .params(ReviewType.LCSPR.name(), from, to).query(Long.class).single();
    }

    private static LocalDate day(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
