package org.practicereview.review;

import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.identity.CaseRelationship;
import org.practicereview.identity.CaseRelationships;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A reviewer is tied to the cases whose review names them as lead reviewer. */
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
        return jdbc.sql("select count(*) from review where case_reference = ? and lead_reviewer = ?")
                .params(caseReference.value(), actor.userId()).query(Long.class).single() > 0;
    }

    @Override
    public Set<CaseReference> casesOf(Actor actor) {
        return jdbc.sql("select case_reference from review where lead_reviewer = ?").param(actor.userId())
                .query(String.class).list().stream().map(CaseReference::new).collect(Collectors.toSet());
    }
}
