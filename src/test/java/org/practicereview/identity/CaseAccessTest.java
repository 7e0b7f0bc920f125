package org.practicereview.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;

/** The access rules of DESIGN.md, without a database: the ties come from stand-in modules. */
class CaseAccessTest {

    static final CaseReference REVIEWED = new CaseReference("PR-2026-0001");
    static final CaseReference OTHER = new CaseReference("PR-2026-0002");

    static CaseRelationships tie(CaseRelationship kind, Map<String, Set<CaseReference>> cases) {
        return new CaseRelationships() {
            public CaseRelationship kind() { return kind; }
            public boolean holds(Actor actor, CaseReference ref) { return casesOf(actor).contains(ref); }
            public Set<CaseReference> casesOf(Actor actor) { return cases.getOrDefault(actor.userId(), Set.of()); }
        };
    }

    final CaseAccess access = new CaseAccess(List.of(
            tie(CaseRelationship.REFERRER, Map.of("referrer", Set.of(REVIEWED))),
            tie(CaseRelationship.LEAD_REVIEWER, Map.of("reviewer", Set.of(REVIEWED)))), null);

    @Test
    void theBoardsRolesAndAuditorsOpenEveryCase() {
        for (Role role : List.of(Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.AUDITOR)) {
            Actor actor = Actor.of("someone", role);
            assertThat(access.mayOpen(actor, OTHER)).as(role.name()).isTrue();
            assertThat(access.scope(actor).everything()).as(role.name()).isTrue();
        }
    }

    @Test
    void aReviewerOpensOnlyTheCasesWhoseReviewNamesThem() {
        Actor reviewer = Actor.of("reviewer", Role.REVIEWER);
        assertThat(access.mayOpen(reviewer, REVIEWED)).isTrue();
        assertThat(access.mayOpen(reviewer, OTHER)).isFalse();
        assertThat(access.scope(reviewer).cases()).containsExactly(REVIEWED);
        assertThat(access.scope(Actor.of("another", Role.REVIEWER)).nothing()).isTrue();
    }

    @Test
    void agencyUsersAndAdministratorsOpenNoCaseEvenTheirOwnReferral() {
        Actor referrer = new Actor("referrer", Set.of(Role.AGENCY), "NORTHSHIRE_HEALTH");
        assertThat(access.mayOpen(referrer, REVIEWED)).isFalse();
        assertThat(access.scope(referrer).nothing()).isTrue();
        assertThat(access.mayFollowStatus(referrer, REVIEWED)).isTrue();
        assertThat(access.mayFollowStatus(referrer, OTHER)).isFalse();
        assertThat(access.mayOpen(Actor.of("admin", Role.ADMIN), REVIEWED)).isFalse();
        assertThat(access.scope(Actor.of("admin", Role.ADMIN)).nothing()).isTrue();
    }

    @Test
    void thePrgTheChairTheAuditorAndTheLeadReviewerReadWhatTheReferralSaysAboutTheFamily() {
        assertThat(access.maySeeReferralContent(Actor.of("c", Role.PRG_COORDINATOR))).isTrue();
        assertThat(access.maySeeReferralContent(Actor.of("m", Role.PRG_MEMBER))).isTrue();
        assertThat(access.maySeeReferralContent(Actor.of("ch", Role.CHAIR))).isTrue();
        assertThat(access.maySeeReferralContent(Actor.of("a", Role.AUDITOR))).isTrue();
        // a reviewer opens only the cases they lead (mayOpen), and reads the referral of those
        assertThat(access.maySeeReferralContent(Actor.of("reviewer", Role.REVIEWER))).isTrue();
        assertThat(access.maySeeReferralContent(new Actor("referrer", Set.of(Role.AGENCY), "NORTHSHIRE_HEALTH"))).isFalse();
        assertThat(access.maySeeReferralContent(Actor.of("admin", Role.ADMIN))).isFalse();
    }
}
