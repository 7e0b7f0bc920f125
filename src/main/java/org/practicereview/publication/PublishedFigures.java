package org.practicereview.publication;

import java.sql.Timestamp;
import java.time.Instant;
import org.practicereview.shared.ReviewType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviews published in a period, by the type of review commissioned, for the partnership's yearly report. */
@Service
@Transactional(readOnly = true)
public class PublishedFigures {

    private final JdbcClient jdbc;

    PublishedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reviews of this type published from {@code from} (inclusive) to {@code to} (exclusive). */
    public long published(ReviewType type, Instant from, Instant to) {
        return jdbc.sql("select count(*) from publication_pack where review_type = ? and status = ? "
                        + "and published_at >= ? and published_at < ?")
                .params(type.name(), PackStatus.PUBLISHED.name(), Timestamp.from(from), Timestamp.from(to))
                .query(Long.class).single();
    }
}
