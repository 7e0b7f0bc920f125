package org.practicereview.publication;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three safeguarding partners' approval of a local review's publication, one answer each
 * ({@code publication_partner_approval}, V390). The pack is decided when the third answers: approved when all three
 * approved, otherwise returned with each refusal's reason, the partner named beside it; the round's answers are then
 * marked returned, so the next round starts afresh and these stay on record for the case page.
 */
@Component
class PartnerPublicationApprovals {

    /** One partner's answer, as the case page lists it. */
    record Answer(Role partner, boolean approved, String comments, String answeredBy, Instant answeredAt, Instant returnedAt) {}

    private final JdbcClient jdbc;
    private final PublicationSteps steps;
    private final Clock clock;

    PartnerPublicationApprovals(JdbcClient jdbc, PublicationSteps steps, Clock clock) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.clock = clock;
    }

    /** Records the partner's answer and, with the third, decides the pack; whether no partner has refused this round. */
    boolean answer(CaseReference ref, Actor actor, Role partner, boolean approved, String comments) {
        if (approved) {
            steps.checkMayApprove(ref);
        }
        List<Answer> round = currentRound(ref);
        if (round.stream().anyMatch(a -> a.partner() == partner)) {
            throw new BusinessRuleException("The " + partner.label() + " has already answered for this publication");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("insert into publication_partner_approval (case_reference, partner, approved, comments, answered_by, answered_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(ref.value(), partner.name(), approved, comments, actor.userId(), Timestamp.from(now)).update();
        round = currentRound(ref);
        boolean noneRefused = round.stream().allMatch(Answer::approved);
        if (round.size() == Role.PARTNERS.size()) {
            if (noneRefused) {
                steps.decide(ref, actor, true, said(round, false));
            } else {
                steps.decide(ref, actor, false, said(round, true));
                jdbc.sql("update publication_partner_approval set returned_at = ? where case_reference = ? and returned_at is null")
                        .params(Timestamp.from(now), ref.value()).update();
            }
        }
        return noneRefused;
    }

    /** Every answer on the case, oldest first. */
    List<Answer> answers(CaseReference ref) {
        return jdbc.sql("select partner, approved, comments, answered_by, answered_at, returned_at from publication_partner_approval "
                        + "where case_reference = ? order by id")
                .param(ref.value()).query((rs, n) -> new Answer(Role.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    private List<Answer> currentRound(CaseReference ref) {
        return answers(ref).stream().filter(a -> a.returnedAt() == null).toList();
    }

    /** The partners' comments as the pack keeps them: each with the partner who made it; only the refusals when returned. */
    private static String said(List<Answer> round, boolean refusalsOnly) {
        String said = round.stream().filter(a -> a.comments() != null && (!refusalsOnly || !a.approved()))
                .map(a -> capitalised(a.partner().label()) + ": " + a.comments()).collect(Collectors.joining("\n"));
        return said.isEmpty() ? null : said;
    }

    static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
