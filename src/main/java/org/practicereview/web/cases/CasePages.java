package org.practicereview.web.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.PlainWords;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.CaseAccess;
import org.practicereview.identity.Users;
import org.practicereview.referral.CaseRecords;
import org.practicereview.review.LeadReviewers;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the case page together from every module's public API, after the access policy has let the
 * viewer in, and records the view in the trail. A case the viewer may not see is "not found".
 */
@Component
class CasePages {

    private final CaseAccess access;
    private final CaseRecords records;
    private final CaseFile caseFile;
    private final Trail trail;
    private final CaseTasks tasks;
    private final Agencies agencies;
    private final LeadReviewers leadReviewers;
    private final TransactionTemplate reading;
    private final PlainWords words;
    private final Users users;

    CasePages(CaseAccess access, CaseRecords records, CaseFile caseFile, Trail trail, CaseTasks tasks, Agencies agencies,
              LeadReviewers leadReviewers, PlatformTransactionManager transactions, PlainWords words, Users users) {
        this.words = words;
        this.users = users;
        this.leadReviewers = leadReviewers;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.access = access;
        this.records = records;
        this.caseFile = caseFile;
        this.trail = trail;
        this.tasks = tasks;
        this.agencies = agencies;
    }

    /** The reference of a case the actor may open, or "not found". */
    CaseReference visible(Actor actor, String reference) {
        return visibleSummary(actor, reference).reference();
    }

    private CaseRecords.Summary visibleSummary(Actor actor, String reference) {
        if (!CaseReference.isValid(reference) || !access.mayOpen(actor, new CaseReference(reference))) {
            throw new NotFoundException();
        }
        return records.summary(new CaseReference(reference)).orElseThrow(NotFoundException::new);
    }

    /**
     * The page's dozen reads in one read-only transaction, then the record of the view in its own.
     * Each read in a transaction of its own, and each engine query in one of its own, made 15 to 20
     * transactions per case page (benchmark, statements per operation).
     */
    CaseView view(Actor actor, String reference) {
        CaseView view = reading.execute(status -> read(actor, reference));
        access.recordView(actor, new CaseReference(view.reference()));
        return view;
    }

    private CaseView read(Actor actor, String reference) {
        CaseRecords.Summary s = visibleSummary(actor, reference);
        CaseReference ref = s.reference();
        List<TrailEntry> events = trail.forCase(ref);
        // Who acted, by name: everyone in the trail in one query, kept for the sections below (ReadingMemo).
        Map<String, String> known = users.namesOf(events.stream().map(TrailEntry::actor).toList());
        java.util.function.UnaryOperator<String> names =
                userId -> userId == null ? null : known.computeIfAbsent(userId, users::nameOf);
        List<String> agencyCodes = new ArrayList<>(s.agenciesInvolved());
        agencyCodes.add(s.referrerAgencyCode());
        Map<String, String> agencyNames = agencies.namesOf(agencyCodes);
        CaseView view = new CaseView(ref.value(), s.stage(), Labels.day(s.referredAt()), s.regime().purposeLabel(s.purpose()), s.regime().label(),
                agencyNames.get(s.referrerAgencyCode()), s.children(), s.familyMembers(),
                s.agenciesInvolved().stream().map(agencyNames::get).toList(),
                s.criteriaBelieved().stream().map(Labels::words).toList(),
                s.parallelProcesses().stream().map(CasePages::process).toList(),
                s.mergedInto() == null ? null : s.mergedInto().value(),
                StageTracker.steps(s.regime(), s.purpose(), s.stage(), events, names), tasks.openTasks(actor, ref), caseFile.sections(actor, ref),
                newestFirst(events, names), actions(actor, ref));
        return view;
    }

    private CaseView.Actions actions(Actor actor, CaseReference ref) {
        boolean coordinator = actor.has(Role.PRG_COORDINATOR);
        return new CaseView.Actions(actor.has(Role.AUDITOR), coordinator && tasks.agencyRoundOpen(ref),
                coordinator && tasks.publicationHeld(ref), coordinator && tasks.questionOpen(ref),
                coordinator && tasks.agencyReportRoundOpen(ref), actor.has(Role.CHAIR) && leadReviewers.replaceable(ref));
    }

    private List<CaseView.TrailRow> newestFirst(List<TrailEntry> events, java.util.function.UnaryOperator<String> names) {
        List<CaseView.TrailRow> rows = new java.util.ArrayList<>(events.stream()
                .map(e -> row(e, names)).toList());
        java.util.Collections.reverse(rows);
        return rows;
    }

    private CaseView.TrailRow row(TrailEntry e, java.util.function.UnaryOperator<String> names) {
        return new CaseView.TrailRow(Labels.time(e.occurredAt()), names.apply(e.actor()), Role.labelOf(e.role()), e.actionLabel(),
                words.of(e.details(), names));
    }

    private static String process(String kindAndStatus) {
        String[] parts = kindAndStatus.split(":");
        return Labels.words(parts[0]) + ": " + Labels.words(parts[1]).toLowerCase(java.util.Locale.UK);
    }
}
