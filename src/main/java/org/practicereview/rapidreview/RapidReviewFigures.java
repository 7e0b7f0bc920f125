package org.practicereview.rapidreview;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rapid reviews and what the partners and the national panel decided on them, counted for a period, for the
 * partnership's yearly report: one documented query per figure, each a count of cases (a case sent back and sent
 * again counts once, by its first sending).
 */
@Service
@Transactional(readOnly = true)
public class RapidReviewFigures {

    /** Versions whose partners' decision commissions a local review, as {@link RapidReviewRecord#commissionsLocalReview()}. */
    private static final String COMMISSIONS_LOCAL_REVIEW = "(v.outcome = '" + RapidReviewOutcome.LCSPR.name()
            + "' or (v.outcome = '" + RapidReviewOutcome.NATIONAL_REVIEW.name() + "' and v.partners_recommend_local = true))";

    private final JdbcClient jdbc;

    RapidReviewFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rapid reviews completed: first sent to the national panel from {@code from} (inclusive) to {@code to} (exclusive). */
    public long completed(Instant from, Instant to) {
        return jdbc.sql("select count(*) from (select case_reference, min(sent_at) as first_sent from rapid_review "
                        + "group by case_reference) s where s.first_sent >= ? and s.first_sent < ?")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /**
     * Of those, the ones sent within their 15 working days: the case's first sending no later than the due time of its
     * first version (a version recorded after the partners or the panel sent it back has a later turnaround, which the
     * target does not move to).
     */
    public long completedWithinFifteenWorkingDays(Instant from, Instant to) {
        return jdbc.sql("select count(*) from (select case_reference, min(sent_at) as first_sent, min(id) as first_id "
                        + "from rapid_review group by case_reference) s join rapid_review f on f.id = s.first_id "
                        + "where s.first_sent >= ? and s.first_sent < ? and f.due_at is not null and s.first_sent <= f.due_at")
                .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /** Rapid reviews whose partners asked the national panel to consider a national review, by the first such sending. */
    public long referredForNationalReview(Instant from, Instant to) {
        return jdbc.sql("select count(*) from (select case_reference, min(sent_at) as first_sent from rapid_review "
                        + "where outcome = ? group by case_reference) s where s.first_sent >= ? and s.first_sent < ?")
                .params(RapidReviewOutcome.NATIONAL_REVIEW.name(), Timestamp.from(from), Timestamp.from(to))
                .query(Long.class).single();
    }

    /**
     * The national panel's responses saying it will consider a national review, received from {@code from} (inclusive)
     * to {@code to} (exclusive).
     */
    public long panelWillConsiderNationalReview(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(distinct case_reference) from rapid_review_panel_response where response = ? "
                        + "and received_on >= ? and received_on < ?")
                .params(PanelAnswer.NATIONAL_REVIEW.name(), from, to).query(Long.class).single();
    }

    /**
     * Local child safeguarding practice reviews the safeguarding partners decided to initiate in the period: the cases
     * whose rapid review commissioned one and whose decision stands (the panel answered it without asking for more),
     * dated, as the review's {@code decisionToInitiateDate} is, by the last partner's approval of that version. The
     * period is given as instants (the UK midnights that start and end it), so that the day is the UK day.
     */
    public long localReviewsCommissioned(Instant from, Instant to) {
        return jdbc.sql("select count(distinct v.case_reference) from rapid_review v join (select rapid_review_id, "
                        + "max(decided_at) as decided from rapid_review_approval where approved = true "
                        + "group by rapid_review_id) a on a.rapid_review_id = v.id where " + COMMISSIONS_LOCAL_REVIEW
                        + " and a.decided >= ? and a.decided < ? "
                        + "and exists (select 1 from rapid_review_panel_response p where p.rapid_review_id = v.id "
                        + "and p.response <> ?)")
                .params(Timestamp.from(from), Timestamp.from(to), PanelAnswer.MORE_INFORMATION.name())
                .query(Long.class).single();
    }
}
