package org.practicereview.rapidreview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The rapid review's tables: its versions, the partners' answers on each and the national panel's responses. */
@Repository
class RapidReviewRecords {

    private static final String RECORD_COLUMNS = "id, case_reference, meeting_on, facts, action_for_child, action_for_others, "
            + "learning, child_context, criteria, outcome, partners_recommend_local, rationale, due_at, recorded_by, recorded_at, "
            + "sent_at, document_id";

    private final JdbcClient jdbc;

    RapidReviewRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(RapidReviewRecord r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rapid_review (case_reference, meeting_on, facts, action_for_child, action_for_others, learning, "
                        + "child_context, criteria, outcome, partners_recommend_local, rationale, due_at, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.caseReference(), r.meetingOn(), r.facts(), r.actionForChild(), r.actionForOthers(), r.learning(),
                        r.childContext(), r.criteria().stream().map(Enum::name).collect(Collectors.joining(",")),
                        r.outcome().name(), r.partnersRecommendLocal(), r.rationale(), timestamp(r.dueAt()), r.recordedBy(),
                        timestamp(r.recordedAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void sent(long id, Instant at, long documentId) {
        jdbc.sql("update rapid_review set sent_at = ?, document_id = ? where id = ?").params(timestamp(at), documentId, id).update();
    }

    /** Every version of the case's rapid review, oldest first. */
    List<RapidReviewRecord> of(CaseReference ref) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from rapid_review where case_reference = ? order by id")
                .param(ref.value()).query(RapidReviewRecords::record).list();
    }

    Optional<RapidReviewRecord> latest(CaseReference ref) {
        List<RapidReviewRecord> all = of(ref);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    void approval(String caseReference, PartnerApproval a) {
        jdbc.sql("insert into rapid_review_approval (rapid_review_id, case_reference, partner_role, approved, reason, decided_by, "
                        + "decided_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(a.rapidReviewId(), caseReference, a.partner().name(), a.approved(), a.reason(), a.decidedBy(),
                        timestamp(a.decidedAt()))
                .update();
    }

    /** The partners' answers on every version of the case's rapid review, oldest first. */
    List<PartnerApproval> approvals(CaseReference ref) {
        return jdbc.sql("select rapid_review_id, partner_role, approved, reason, decided_by, decided_at from rapid_review_approval "
                        + "where case_reference = ? order by id")
                .param(ref.value())
                .query((rs, n) -> new PartnerApproval(rs.getLong(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5), instant(rs, 6)))
                .list();
    }

    void response(String caseReference, PanelResponse p) {
        jdbc.sql("insert into rapid_review_panel_response (rapid_review_id, case_reference, received_on, response, panel_words, "
                        + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(p.rapidReviewId(), caseReference, p.receivedOn(), p.answer().name(), p.panelWords(), p.recordedBy(),
                        timestamp(p.recordedAt()))
                .update();
    }

    /** The panel's responses to the case's rapid review, oldest first. */
    List<PanelResponse> responses(CaseReference ref) {
        return jdbc.sql("select rapid_review_id, received_on, response, panel_words, recorded_by, recorded_at "
                        + "from rapid_review_panel_response where case_reference = ? order by id")
                .param(ref.value())
                .query((rs, n) -> new PanelResponse(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        PanelAnswer.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), instant(rs, 6)))
                .list();
    }

    private static RapidReviewRecord record(ResultSet rs, int row) throws SQLException {
        String criteria = rs.getString(9);
        long document = rs.getLong(17);
        boolean noDocument = rs.wasNull();
        return new RapidReviewRecord(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                criteria.isEmpty() ? List.of() : Arrays.stream(criteria.split(",")).map(LocalReviewCriterion::valueOf).toList(),
                RapidReviewOutcome.valueOf(rs.getString(10)), rs.getBoolean(11), rs.getString(12), instant(rs, 13),
                rs.getString(14), instant(rs, 15), instant(rs, 16), noDocument ? null : document);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
