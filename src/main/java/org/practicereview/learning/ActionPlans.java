package org.practicereview.learning;

import org.practicereview.workflow.TypedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.PdfUploadCheck;
import org.practicereview.documents.StoredDocument;
import org.practicereview.identity.Agencies;
import org.practicereview.learning.PlanRecords.Actions;
import org.practicereview.learning.PlanRecords.Plans;
import org.practicereview.learning.PlanRecords.Recommendations;
import org.practicereview.learning.PlanRecords.Updates;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the living action plans: opened from the review's agreed plan, added to by the business
 * unit, updated by the owning agency with evidence, accepted or sent back by the PRG, closed when every
 * action is accepted. Each change is checked here, written whole or not at all, and put in the trail.
 */
@Service
public class ActionPlans {

    static final int MAX_TEXT = 2000;
    static final int MAX_NARRATIVE = 5000;
    static final TypedText RECOMMENDATION = new TypedText("recommendation", "Enter the recommendation", "The recommendation", MAX_TEXT);
    static final TypedText DESCRIPTION = new TypedText("description", "Enter what is to be done", "What is to be done", MAX_TEXT);
    static final TypedText NARRATIVE = new TypedText("narrative", "Enter what has been done", "What has been done", MAX_NARRATIVE);
    static final TypedText REASON = new TypedText("reason", "Enter what more the agency needs to do or show", "The reason", MAX_TEXT);

    private final Plans plans;
    private final Recommendations recommendations;
    private final Actions actions;
    private final Updates updates;
    private final Agencies agencies;
    private final CaseDocuments documents;
    private final WorkingDays workingDays;
    private final Trail trail;
    private final Clock clock;
    private final long maxUploadBytes;

    ActionPlans(Plans plans, Recommendations recommendations, Actions actions, Updates updates, Agencies agencies,
                CaseDocuments documents, WorkingDays workingDays, Trail trail, Clock clock,
                @Value("${practice-review.uploads.max-bytes:20971520}") long maxUploadBytes) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.actions = actions;
        this.updates = updates;
        this.agencies = agencies;
        this.documents = documents;
        this.workingDays = workingDays;
        this.trail = trail;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** A row of the review's agreed plan, to be carried into the living plan as it stands. */
    record Seed(String recommendation, String ownerAgency, LocalDate target, boolean started, boolean done) {}

    /** Opens the living plan of a case from its agreed rows: one recommendation and one action per row. */
    @Transactional
    void open(CaseReference ref, List<Seed> seeds, Actor actor) {
        if (plans.findByCaseReference(ref.value()).isPresent()) {
            return;
        }
        ActionPlan plan = plans.save(new ActionPlan(ref.value(), now()));
        trail.append(ref, actor, TrailAction.ACTION_PLAN_OPENED, seeds.size() + " recommendation(s) from the agreed plan");
        int n = 0;
        for (Seed seed : seeds) {
            recommendations.save(new PlanRecommendation(plan.id(), ++n, seed.recommendation()));
            ActionStatus status = seed.done() ? ActionStatus.ACCEPTED : seed.started() ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED;
            PlanAction action = actions.save(new PlanAction(plan.id(), n, 1, seed.recommendation(), seed.ownerAgency(), seed.target(), status));
            trail.append(ref, actor, TrailAction.PLAN_ACTION_ADDED, describe(action));
        }
        closeIfDone(plan, actor);
    }

    /**
     * The business unit adds a recommendation to a case's plan (opened by the review's agreed plan); returns
     * its number. Its actions follow one by one.
     */
    @Transactional
    public int addRecommendation(Actor actor, CaseReference ref, String text) {
        PlanAccess.require(PlanAccess.mayAdd(actor));
        String recommendation = RECOMMENDATION.require(text);
        ActionPlan plan = planOf(ref);
        plan.requireOpen();
        int number = recommendations.findByPlanIdOrderByNumber(plan.id()).size() + 1;
        recommendations.save(new PlanRecommendation(plan.id(), number, recommendation));
        trail.append(ref, actor, TrailAction.RECOMMENDATION_ADDED, "recommendation " + number);
        return number;
    }

    /** The business unit adds an action to a recommendation; every problem is reported at once. */
    @Transactional
    public void addAction(Actor actor, CaseReference ref, int recommendationNumber, NewAction action) {
        PlanAccess.require(PlanAccess.mayAdd(actor));
        ActionPlan plan = planOf(ref);
        plan.requireOpen();
        if (recommendations.findByPlanIdOrderByNumber(plan.id()).stream().noneMatch(r -> r.number() == recommendationNumber)) {
            throw new NotPermittedException("No such recommendation");
        }
        List<FieldError> errors = check(action);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        int number = (int) actions.findByPlanIdOrderByRecommendationNumberAscNumberAsc(plan.id()).stream()
                .filter(a -> a.recommendationNumber() == recommendationNumber).count() + 1;
        PlanAction added = actions.save(new PlanAction(plan.id(), recommendationNumber, number, action.description().strip(),
                action.ownerAgency(), action.targetDate(), ActionStatus.NOT_STARTED));
        trail.append(ref, actor, TrailAction.PLAN_ACTION_ADDED, describe(added));
    }

    /** The problems of an action as entered, every one at once; the page adds its own for a date that is not a date. */
    public List<FieldError> check(NewAction action) {
        List<FieldError> errors = new ArrayList<>();
        DESCRIPTION.check(action.description(), errors);
        if (action.ownerAgency() == null || action.ownerAgency().isBlank()) {
            errors.add(new FieldError("ownerAgency", "Select the agency that owns the action"));
        } else if (agencies.all().stream().noneMatch(a -> a.code().equals(action.ownerAgency()))) {
            errors.add(new FieldError("ownerAgency", "Select an agency from the list"));
        }
        if (action.targetDate() == null) {
            errors.add(new FieldError("targetDate", "Enter the target date"));
        } else if (action.targetDate().isBefore(workingDays.today())) {
            errors.add(new FieldError("targetDate", "The target date must be today or in the future"));
        }
        return errors;
    }

    /**
     * The owning agency's update: what was done, optionally a PDF of evidence (checked as every upload is),
     * and whether the action is done and ready for the PRG to accept.
     */
    @Transactional
    public void reportProgress(Actor actor, CaseReference ref, long actionId, boolean done, String narrative,
                               byte[] evidence) {
        PlanAction action = actionOf(ref, actionId);
        PlanAccess.require(PlanAccess.owns(actor, action));
        List<FieldError> errors = new ArrayList<>();
        String note = NARRATIVE.check(narrative, errors);
        boolean hasFile = evidence != null && evidence.length > 0;
        if (hasFile) {
            PdfUploadCheck.problem(evidence, maxUploadBytes).ifPresent(p -> errors.add(new FieldError("evidence", p)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        action.reportProgress(done);
        Long documentId = null;
        String fileName = null;
        if (hasFile) {
            fileName = "evidence-action-" + action.label().replace('.', '-') + ".pdf";
            StoredDocument stored = documents.store(ref.value(), DocumentKind.ACTION_EVIDENCE, fileName, evidence, actor.userId());
            documentId = stored.id();
            trail.append(ref, actor, TrailAction.ACTION_EVIDENCE_UPLOADED, "action " + action.label() + ": "
                    + stored.sizeBytes() + " bytes sha256 " + stored.sha256());
        }
        actions.save(action);
        updates.save(new ActionUpdate(action.id(), ActionUpdate.Kind.PROGRESS, action.status(), note, documentId, fileName,
                actor.userId(), now()));
        trail.append(ref, actor, TrailAction.ACTION_PROGRESS_UPDATED, "action " + action.label() + ": " + action.status().label());
    }

    /** The PRG accepts an action reported done; the plan closes when it was the last one open. */
    @Transactional
    public void accept(Actor actor, CaseReference ref, long actionId) {
        PlanAccess.require(PlanAccess.mayDecide(actor));
        PlanAction action = actionOf(ref, actionId);
        action.accept(actor.userId(), now());
        actions.save(action);
        updates.save(new ActionUpdate(action.id(), ActionUpdate.Kind.ACCEPTED, action.status(), null, null, null,
                actor.userId(), now()));
        trail.append(ref, actor, TrailAction.ACTION_COMPLETION_ACCEPTED, "action " + action.label());
        closeIfDone(planOf(ref), actor);
    }

    /** The PRG sends an action back to its agency with the reason, which the agency reads beside it. */
    @Transactional
    public void askForMore(Actor actor, CaseReference ref, long actionId, String reason) {
        PlanAccess.require(PlanAccess.mayDecide(actor));
        PlanAction action = actionOf(ref, actionId);
        String why = REASON.require(reason);
        action.askForMore(why);
        actions.save(action);
        updates.save(new ActionUpdate(action.id(), ActionUpdate.Kind.MORE_ASKED, action.status(), why, null, null,
                actor.userId(), now()));
        trail.append(ref, actor, TrailAction.ACTION_MORE_ASKED, "action " + action.label());
    }

    /** An evidence file of an action, for the PRG and the owning agency only. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> evidence(Actor viewer, CaseReference ref, long actionId, long documentId) {
        PlanAction action = actionOf(ref, actionId);
        PlanAccess.require(PlanAccess.sees(viewer, action));
        boolean ofThisAction = updates.findByActionIdInOrderById(List.of(action.id())).stream()
                .anyMatch(u -> Long.valueOf(documentId).equals(u.documentId()));
        return ofThisAction ? documents.find(ref.value(), documentId) : Optional.empty();
    }

    private void closeIfDone(ActionPlan plan, Actor actor) {
        List<PlanAction> all = actions.findByPlanIdOrderByRecommendationNumberAscNumberAsc(plan.id());
        if (!all.isEmpty() && plan.closedAt().isEmpty() && all.stream().allMatch(a -> a.status() == ActionStatus.ACCEPTED)) {
            plan.close(now());
            plans.save(plan);
            trail.append(new CaseReference(plan.caseReference()), actor, TrailAction.ACTION_PLAN_CLOSED,
                    all.size() + " action(s) accepted");
        }
    }

    private ActionPlan planOf(CaseReference ref) {
        return plans.findByCaseReference(ref.value()).orElseThrow(() -> new NotPermittedException("No action plan"));
    }

    private PlanAction actionOf(CaseReference ref, long actionId) {
        ActionPlan plan = planOf(ref);
        return actions.findById(actionId).filter(a -> a.planId().equals(plan.id()))
                .orElseThrow(() -> new NotPermittedException("No such action"));
    }

    /** In words for the trail: "action 2.1, Northshire Police, target 5 March 2027" (never the text, which may name people). */
    private String describe(PlanAction a) {
        return "action " + a.label() + ", " + agencies.nameOf(a.ownerAgency()) + ", target " + GovDates.day(a.targetDate());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
