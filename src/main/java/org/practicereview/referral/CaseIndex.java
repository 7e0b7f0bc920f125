package org.practicereview.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of cases for the PRG, the chair, auditors and reviewers: one query for a page and one to
 * count, however many cases there are. The next due date is the earliest due date of the case's open
 * tasks, read from the engine's runtime tables (a task query cannot group by case); this is the one
 * place outside the engine that reads them.
 */
@Service
@Transactional(readOnly = true)
public class CaseIndex {

    /**
     * Filters of the list; null means "any". A whole reference that exists finds that case alone,
     * anything else every case it begins. {@code within} null means every case, else only those.
     */
    public record Query(Stage stage, String purpose, boolean overdueOnly, String referencePrefix,
                        Set<CaseReference> within, int page, int size) {}

    public record Item(CaseReference reference, LocalDate referredOn, String purpose, Stage stage, LocalDate nextDue,
                       boolean overdue) {}

    public record Page(List<Item> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final String OPEN_TASKS = "from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
            + "where e.business_key_ = c.reference";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page find(Query query) {
        if (query.within() != null && query.within().isEmpty()) {
            return new Page(List.of(), 0, query.page(), query.size());
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from case_file c" + where).params(params).query(Long.class).single();
        params.put("size", query.size());
        params.put("offset", (long) (query.page() - 1) * query.size());
        List<Item> items = jdbc.sql("select c.reference, c.created_at, c.purpose, c.stage, (select min(t.due_date_) "
                        + OPEN_TASKS + ") as next_due from case_file c" + where + " order by " + newestFirst(query)
                        + " limit :size offset :offset")
                .params(params).query(this::item).list();
        return new Page(items, total, query.page(), query.size());
    }

    /**
     * Newest first, led by the column filtered on (one value, so the order is the same) when it has an index
     * ({@code V380}): H2 then reads the page in index order and stops after it, where it otherwise read every
     * case at the stage, with its next due date, to sort them (the benchmark's case list at 50,000 cases).
     */
    private static String newestFirst(Query query) {
        String filtered = query.stage() != null ? "c.stage desc, " : query.purpose() != null ? "c.purpose desc, " : "";
        return filtered + "c.created_at desc, c.reference desc";
    }

    /** How many of the cases referred from {@code from} (inclusive) to {@code to} (exclusive) stand at each stage now. */
    public Map<Stage, Long> countByStage(Instant from, Instant to) {
        Map<Stage, Long> counts = new java.util.EnumMap<>(Stage.class);
        jdbc.sql("select stage, count(*) as n from case_file where created_at >= :from and created_at < :to group by stage")
                .param("from", from.atOffset(java.time.ZoneOffset.UTC)).param("to", to.atOffset(java.time.ZoneOffset.UTC))
                .query((rs, row) -> counts.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n"))).list();
        return counts;
    }

    private String where(Query query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.stage() != null) {
            conditions.add("c.stage = :stage");
            params.put("stage", query.stage().name());
        }
        if (query.purpose() != null) {
            conditions.add("c.purpose = :purpose");
            params.put("purpose", query.purpose());
        }
        if (query.referencePrefix() != null && exists(query.referencePrefix())) {
            conditions.add("c.reference = :reference");
            params.put("reference", query.referencePrefix());
        } else if (query.referencePrefix() != null) {
            conditions.add("c.reference like :prefix");
            params.put("prefix", query.referencePrefix().replaceAll("[^A-Z0-9-]", "") + "%");
        }
        if (query.within() != null) {
            conditions.add("c.reference in (:within)");
            params.put("within", query.within().stream().map(CaseReference::value).toList());
        }
        if (query.overdueOnly()) {
            conditions.add("exists (select 1 " + OPEN_TASKS + " and t.due_date_ < :now)");
            params.put("now", Timestamp.from(clock.instant()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** A whole reference that exists finds that case alone; anything else is the beginning of references. */
    private boolean exists(String reference) {
        return CaseReference.isValid(reference) && jdbc.sql("select count(*) from case_file where reference = ?")
                .param(reference).query(Long.class).single() > 0;
    }

    private Item item(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("next_due");
        Instant created = rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant();
        return new Item(new CaseReference(rs.getString("reference")), created.atZone(WorkingDays.UK).toLocalDate(),
                rs.getString("purpose"), Stage.valueOf(rs.getString("stage")),
                due == null ? null : due.toInstant().atZone(WorkingDays.UK).toLocalDate(),
                due != null && due.toInstant().isBefore(clock.instant()));
    }
}
