package org.practicereview.referral;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseOutcome;
import org.practicereview.shared.CaseOutcomes;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a referrer sees of their own referrals: reference, date, stage, and the questions put to them. */
@Service
@Transactional(readOnly = true)
public class MyReferrals {

    private final JdbcClient jdbc;
    private final ReferrerQuestions questions;
    private final List<CaseOutcomes> outcomes;
    private final PurposeWording purposes;

    MyReferrals(JdbcClient jdbc, ReferrerQuestions questions, List<CaseOutcomes> outcomes, PurposeWording purposes) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.outcomes = outcomes;
        this.purposes = purposes;
    }

    /** The actor's referrals, newest first, with the chair's outcome of those decided. */
    public List<MyReferral> of(Actor actor) {
        List<MyReferral> sent = sent(actor);
        Map<CaseReference, CaseOutcome> decided = new HashMap<>();
        List<CaseReference> references = sent.stream().map(MyReferral::reference).toList();
        outcomes.forEach(o -> decided.putAll(o.of(references)));
        return sent.stream().map(r -> new MyReferral(r.reference(), r.submittedOn(), r.stage(),
                Optional.ofNullable(decided.get(r.reference())), r.regime(), r.purpose(), r.purposeAnswer())).toList();
    }

    private List<MyReferral> sent(Actor actor) {
        return jdbc.sql("""
                        select r.case_reference, r.submitted_at, c.stage, c.regime, c.purpose
                        from referral r join case_file c on c.reference = r.case_reference
                        where r.submitted_by = ? order by r.submitted_at desc, r.id desc""")
                .param(actor.userId())
                .query((rs, i) -> new MyReferral(new CaseReference(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class).toInstant().atZone(WorkingDays.UK).toLocalDate(),
                        Stage.valueOf(rs.getString(3)), Optional.empty(), Regime.fromCode(rs.getString(4)), rs.getString(5),
                        purposes.answer(rs.getString(5), Regime.fromCode(rs.getString(4)))))
                .list();
    }

    /** The coordinator's questions while they wait for an answer, shown to the referrer only. */
    public Optional<String> questionsFor(Actor actor, CaseReference reference) {
        return openQuestionFor(actor, reference).map(ReferrerQuestions.OpenQuestion::questions);
    }

    /** The open question with its dates, shown to the referrer only. */
    public Optional<ReferrerQuestions.OpenQuestion> openQuestionFor(Actor actor, CaseReference reference) {
        boolean mine = jdbc.sql("select count(*) from referral where case_reference = ? and submitted_by = ?")
                .params(reference.value(), actor.userId()).query(Long.class).single() > 0;
        if (!mine) {
            throw new NotPermittedException("Not permitted to see this referral");
        }
        return questions.open(reference);
    }
}
