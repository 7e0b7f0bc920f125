package org.practicereview.referral.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.identity.CaseRelationship;
import org.practicereview.identity.CaseRelationships;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The referrer of a case is the user who submitted its referral. */
@Component
class ReferrerRelationship implements CaseRelationships {

    private final JdbcClient jdbc;

    ReferrerRelationship(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseRelationship kind() {
        return CaseRelationship.REFERRER;
    }

    @Override
    public boolean holds(Actor actor, CaseReference caseReference) {
        return jdbc.sql("select count(*) from referral where case_reference = ? and submitted_by = ?")
                .params(caseReference.value(), actor.userId()).query(Long.class).single() > 0;
    }

    @Override
    public Set<CaseReference> casesOf(Actor actor) {
        return jdbc.sql("select case_reference from referral where submitted_by = ?").param(actor.userId())
                .query(String.class).list().stream().map(CaseReference::new).collect(Collectors.toSet());
    }
}
