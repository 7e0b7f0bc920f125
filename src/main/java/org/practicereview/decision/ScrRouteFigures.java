package org.practicereview.decision;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's decisions on the SCR route counted for a period, for the partnership's yearly report. A case the chair
 * deferred and then decided counts once, by its decision; a deferral on its own counts nowhere.
 */
@Service
@Transactional(readOnly = true)
public class ScrRouteFigures {

    private final JdbcClient jdbc;

    ScrRouteFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases the chair decided to initiate an SCR on, from {@code from} (inclusive) to {@code to} (exclusive). */
    public long scrsInitiated(Instant from, Instant to) {
        return casesDecided(from, to, DecisionOption.INITIATE_SCR.name(), DecisionOption.INITIATE_SCR.name());
    }

    /** Cases the chair decided not to initiate an SCR on (another review, or none), in the period. */
    public long scrsNotInitiated(Instant from, Instant to) {
        return casesDecided(from, to, DecisionOption.OTHER_REVIEW.name(), DecisionOption.NO_REVIEW.name());
    }

    private long casesDecided(Instant from, Instant to, String option, String orOption) {
        return jdbc.sql("select count(distinct case_reference) from scr_decision where decision_option in (?, ?) "
                        + "and decided_at >= ? and decided_at < ?")
                .params(option, orOption, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }
}
