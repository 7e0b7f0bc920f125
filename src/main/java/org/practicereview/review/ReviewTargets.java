package org.practicereview.review;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;

/**
 * The six-month target of the reviews started in a period, read from the engine's own history: a review
 * missed it when its target timer fired (the escalation ran, as {@link ReviewDeadlines} records it), met it
 * when it ended before, and is under way otherwise. Three counts by the database, whatever the number of reviews.
 * The timer counts six months from the review's start, or for a local child safeguarding practice review from the
 * partners' decision to initiate it ({@code workflow.ReviewClock}), so the same reading is true of both regimes.
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
        String escalated = "exists (select 1 from ACT_HI_ACTINST A where A.PROC_INST_ID_ = P.ID_ and A.ACT_ID_ = #{escalation})";
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(MET, count("P.END_TIME_ is not null and not " + escalated, from, to));
        counts.put(MISSED, count(escalated, from, to));
        counts.put(UNDER_WAY, count("P.END_TIME_ is null and not " + escalated, from, to));
        return counts;
    }

    private long count(String condition, Instant from, Instant to) {
        return history.createNativeHistoricProcessInstanceQuery()
                .sql("select count(*) from ACT_HI_PROCINST P where P.PROC_DEF_KEY_ = #{key} and P.START_TIME_ >= #{from}"
                        + " and P.START_TIME_ < #{to} and " + condition)
                .parameter("key", REVIEW_PROCESS).parameter("escalation", ESCALATION)
                .parameter("from", Date.from(from)).parameter("to", Date.from(to)).count();
    }
}
