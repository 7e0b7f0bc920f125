package org.practicereview.review;

import java.sql.Timestamp;
import java.time.Instant;
import org.practicereview.shared.ReviewType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local child safeguarding practice reviews counted for a period, for the partnership's yearly report, one
 * documented query per figure: completed, and completed within six months of the partners' decision to initiate.
 * The reviews commissioned are counted where that decision is recorded, by
 * {@link org.practicereview.rapidreview.RapidReviewFigures#localReviewsCommissioned}.
 */
@Service
@Transactional(readOnly = true)
public class LocalReviewFigures {

    private final JdbcClient jdbc;

    LocalReviewFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Local reviews completed (action plan agreed) in the period. */
    public long completed(Instant from, Instant to) {
        return jdbc.sql("select count(*) from review where review_type = ? and completed_at >= ? and completed_at < ?")
                .params(ReviewType.LCSPR.name(), Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /** Of those, the ones completed by their six-month target (six months from the partners' decision). */
    public long completedWithinSixMonths(Instant from, Instant to) {
        return jdbc.sql("select count(*) from review where review_type = ? and completed_at >= ? and completed_at < ? "
                        + "and target_due is not null and completed_at <= target_due")
                .params(ReviewType.LCSPR.name(), Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }
}
