package org.practicereview.review;

import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.identity.CaseRelationship;
import org.practicereview.identity.CaseRelationships;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A reviewer is tied to the cases whose review names them as lead reviewer, or as a further reviewer of a local review. */
@Component
class LeadReviewerRelationship implements CaseRelationships {

    private final JdbcClient jdbc;

    LeadReviewerRelationship(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseRelationship kind() {
        return CaseRelationship.LEAD_REVIEWER;
    }

    @Override
    public boolean holds(Actor actor, CaseReference caseReference) {
        return jdbc.sql("select count(*) from review r where r.case_reference = ? and (r.lead_reviewer = ? or exists "
                        + "(select 1 from review_further_reviewer f where f.review_id = r.id and f.username = ?))")
                .params(caseReference.value(), actor.userId(), actor.userId()).query(Long.class).single() > 0;
    }

    @Override
    public Set<CaseReference> casesOf(Actor actor) {
        return jdbc.sql("select case_reference from review where lead_reviewer = ? union select r.case_reference from review r "
                        + "join review_further_reviewer f on f.review_id = r.id where f.username = ?").params(actor.userId(), actor.userId())
                .query(String.class).list().stream().map(CaseReference::new).collect(Collectors.toSet());
    }
}
