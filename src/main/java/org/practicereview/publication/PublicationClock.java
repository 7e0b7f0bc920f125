package org.practicereview.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication clock for the board's dashboard: of the reviews published in a period, those whose
 * national panel and Ofsted had the final report a notice period before (both pre-publication notices
 * taken by the mail server before publication, and publication on or after the day the notice allowed),
 * and those published without. One count over the packs and their notices.
 */
@Service
@Transactional(readOnly = true)
public class PublicationClock {

    public static final String KEPT = "Panel and Ofsted told a notice period before";
    public static final String NOT_KEPT = "Published without that notice";

    private static final String NOTICED = "(select count(*) from notification n where n.case_reference = p.case_reference "
            + "and n.kind = 'PRE_PUBLICATION_NOTICE' and n.sent_at is not null and n.sent_at <= p.published_at) >= 2 "
            + "and p.publish_not_before is not null and p.published_at >= p.publish_not_before";

    private final JdbcClient jdbc;

    PublicationClock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reviews published from {@code from} (inclusive) to {@code to} (exclusive), by whether the notice came first. */
    public Map<String, Long> publishedBetween(Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select coalesce(sum(case when " + NOTICED + " then 1 else 0 end), 0), count(*) from publication_pack p "
                        + "where p.status = 'PUBLISHED' and p.published_at >= ? and p.published_at < ?")
                .params(Timestamp.from(from), Timestamp.from(to)).query((rs, n) -> {
                    counts.put(KEPT, rs.getLong(1));
                    counts.put(NOT_KEPT, rs.getLong(2) - rs.getLong(1));
                    return null;
                }).list();
        return counts;
    }
}
