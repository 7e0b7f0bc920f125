package org.practicereview.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which case (DESIGN.md, "Users and what each may do"): the PRG, the chair, auditors and
 * the three safeguarding partners (who decide on the 2018 route) see every case page; a reviewer only the cases whose review names them; agency users and
 * administrators none (a referrer follows their referral's status only). Callers show a refusal as
 * "not found", never "forbidden", so that a case's existence is not revealed. Every view of a case
 * page and every download of a case document is appended to the trail.
 */
@Service
public class CaseAccess {

    /** The board's readers ({@link Role#BOARD_READERS}) open every case. */
    private static final Set<Role> EVERY_CASE = Role.BOARD_READERS;
    /** They, and a lead reviewer on the cases they review, read what the referral says of the family. */
    private static final Set<Role> REFERRAL_CONTENT = referralContent();

    private final List<CaseRelationships> relationships;
    private final Trail trail;

    private static Set<Role> referralContent() {
        Set<Role> readers = EnumSet.copyOf(Role.BOARD_READERS);
        readers.add(Role.REVIEWER);
        return readers;
    }

    CaseAccess(List<CaseRelationships> relationships, Trail trail) {
        this.relationships = relationships;
        this.trail = trail;
    }

    /** Which cases the actor may list and open: every case, only some, or none. */
    public CaseScope scope(Actor actor) {
        if (seesEveryCase(actor)) {
            return CaseScope.everyCase();
        }
        if (actor.has(Role.REVIEWER)) {
            return CaseScope.only(relationship(CaseRelationship.LEAD_REVIEWER).map(r -> r.casesOf(actor)).orElse(Set.of()));
        }
        return CaseScope.none();
    }

    /** True when the actor may open the case page (whether the case exists is the caller's question). */
    public boolean mayOpen(Actor actor, CaseReference caseReference) {
        return seesEveryCase(actor) || (actor.has(Role.REVIEWER) && holds(actor, caseReference, CaseRelationship.LEAD_REVIEWER));
    }

    /** True for the referrer of the case: their status page, not the case page. */
    public boolean mayFollowStatus(Actor actor, CaseReference caseReference) {
        return actor.has(Role.AGENCY) && holds(actor, caseReference, CaseRelationship.REFERRER);
    }

    /**
     * True when the actor may read what the referral says about the children and family (names, dates,
     * addresses, the account of what happened) on a case page {@link #mayOpen} lets them open: the PRG
     * and the chair, who screen and decide on it, the auditor, who checks that they decided on the whole
     * record, and the lead reviewer of that case, who reviews it. Agency users never (issue 14).
     */
    public boolean maySeeReferralContent(Actor actor) {
        return actor.roles().stream().anyMatch(REFERRAL_CONTENT::contains);
    }

    /** Records that the actor viewed the case page; joins the caller's transaction. */
    @Transactional
    public void recordView(Actor actor, CaseReference caseReference) {
        trail.append(caseReference, actor, TrailAction.CASE_VIEWED, "case page");
    }

    /**
     * Records that the actor downloaded a document of the case. Call it after checking {@link #mayOpen}
     * (or the document's own rule) and before sending the document. {@code documentName} names the kind
     * of document ("decision record", "7 minute briefing v2"), never a person.
     */
    @Transactional
    public void recordDownload(Actor actor, CaseReference caseReference, String documentName) {
        trail.append(caseReference, actor, TrailAction.CASE_DOCUMENT_DOWNLOADED, documentName);
    }

    private boolean seesEveryCase(Actor actor) {
        return actor.roles().stream().anyMatch(EVERY_CASE::contains);
    }

    private boolean holds(Actor actor, CaseReference caseReference, CaseRelationship kind) {
        return relationship(kind).map(r -> r.holds(actor, caseReference)).orElse(false);
    }

    private Optional<CaseRelationships> relationship(CaseRelationship kind) {
        return relationships.stream().filter(r -> r.kind() == kind).findFirst();
    }
}
