package org.practicereview.review;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The six-month target of the reviews started in a period, read from the engine's own history: a review
 * missed it when its target timer fired (the escalation ran, as {@link ReviewDeadlines} records it), met it
 * when it ended before, and is under way otherwise. Two queries, whatever the number of reviews. The timer counts
 * six months from the review's start, or for a local child safeguarding practice review from the partners' decision
 * to initiate it ({@code workflow.ReviewClock}), so the same reading is true of both regimes.
 */
@Service
public class ReviewTargets {

    public static final String MET = "Finished within six months";
    public static final String MISSED = "Missed the six-month target";
    public static final String UNDER_WAY = "Under way, within six months so far";

    static final String REVIEW_PROCESS = "scr-review";
    static final String ESCALATION = "Task_EscalateReviewOverdue";

    private final HistoryService history;

    ReviewTargets(HistoryService history) {
        this.history = history;
    }

    /** The reviews started from {@code from} (inclusive) to {@code to} (exclusive), counted by their target, in words. */
    public Map<String, Long> startedBetween(Instant from, Instant to) {
        List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery().processDefinitionKey(REVIEW_PROCESS)
                .startedAfter(Date.from(from.minusMillis(1))).startedBefore(Date.from(to)).list().stream()
                .filter(p -> p.getStartTime().toInstant().isBefore(to)).toList();
        Set<String> escalated = history.createHistoricActivityInstanceQuery().activityId(ESCALATION).list().stream()
                .map(HistoricActivityInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(MET, 0L);
        counts.put(MISSED, 0L);
        counts.put(UNDER_WAY, 0L);
        for (HistoricProcessInstance review : started) {
            String target = escalated.contains(review.getId()) ? MISSED : review.getEndTime() != null ? MET : UNDER_WAY;
            counts.merge(target, 1L, Long::sum);
        }
        return counts;
    }
}
