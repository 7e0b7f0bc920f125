package org.practicereview.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up actions of a decision not to review: created with the decision, each dated, chased at
 * the first due date, and read by the case file. The diagram asks this bean, by name, for each task's
 * due date ({@code ${followUps.dueOf(followUpAction)}}).
 */
@Component("followUps")
public class FollowUps {

    private final FollowUpActions actions;
    private final WorkingDays workingDays;
    private final Agencies agencies;
    private final Notifications notifications;
    private final Trail trail;
    private final Clock clock;
    private final BoardSettings boardSettings;

    FollowUps(FollowUpActions actions, WorkingDays workingDays, Agencies agencies, Notifications notifications, Trail trail,
              Clock clock, BoardSettings boardSettings) {
        this.actions = actions;
        this.workingDays = workingDays;
        this.agencies = agencies;
        this.notifications = notifications;
        this.trail = trail;
        this.clock = clock;
        this.boardSettings = boardSettings;
    }

    /** What the chair asked for, one action per follow-up; returns their ids, the references the process keeps. */
    List<String> create(CaseReference caseReference, List<FollowUpRequest> requests, Actor chair) {
        List<String> ids = new ArrayList<>();
        for (FollowUpRequest r : requests) {
            FollowUpAction action = actions.save(FollowUpAction.ask(caseReference, r.kind(), r.what(), r.ownerAgency(),
                    r.due(), chair.userId(), clock.instant()));
            trail.append(caseReference, chair, TrailAction.FOLLOW_UP_ACTION_CREATED, describe(action));
            ids.add(String.valueOf(action.id()));
        }
        return ids;
    }

    /** The end of the action's due day, for its task's due date. */
    public Date dueOf(Object actionId) {
        return workingDays.endOfDay(find(actionId).dueDate());
    }

    /** The first due date among the actions, for the escalation timer. */
    public Date earliestDue(Collection<?> actionIds) {
        return workingDays.endOfDay(actionIds.stream().map(this::find).map(FollowUpAction::dueDate)
                .min(Comparator.naturalOrder()).orElseThrow());
    }

    /** Records the evidence that an action was done. */
    FollowUpAction complete(Object actionId, String evidence, Actor actor) {
        FollowUpAction action = find(actionId);
        action.complete(evidence, actor.userId(), clock.instant());
        actions.save(action);
        trail.append(action.caseReference(), actor, TrailAction.FOLLOW_UP_ACTION_COMPLETED, describe(action) + ": " + evidence.strip());
        return action;
    }

    /** The first due date passed with actions not done: the business unit is told which. */
    @Transactional
    void escalateOverdue(CaseReference caseReference) {
        LocalDate today = workingDays.today();
        List<String> overdue = forCase(caseReference).stream()
                .filter(a -> a.completedAt().isEmpty() && !a.dueDate().isAfter(today)).map(this::describe).toList();
        notifications.queue(caseReference, NotificationKind.FOLLOW_UP_OVERDUE, boardSettings.current().businessUnitAddress(),
                "Case " + caseReference + ": follow-up actions overdue",
                "Follow-up actions of the chair's decision on case " + caseReference + " are past their due date: "
                        + String.join("; ", overdue) + ". Record what was done on each task, or reassign it.", null);
        trail.append(caseReference, Actor.SYSTEM, TrailAction.FOLLOW_UP_OVERDUE_ESCALATED, String.join("; ", overdue));
    }

    @Transactional(readOnly = true)
    public List<FollowUpAction> forCase(CaseReference caseReference) {
        return actions.findByCaseReferenceOrderById(caseReference.value());
    }

    /** In words: "Share the learning: what, by Northshire Police by 5 March 2027". */
    String describe(FollowUpAction a) {
        return a.kind().label() + ": " + a.description() + ", by " + agencies.nameOf(a.ownerAgency()) + " by "
                + GovDates.day(a.dueDate());
    }

    private FollowUpAction find(Object actionId) {
        return actions.findById(Long.valueOf(actionId.toString()))
                .orElseThrow(() -> new IllegalStateException("No follow-up action " + actionId));
    }

    /** What the chair asks for in one follow-up. */
    record FollowUpRequest(FollowUpKind kind, String what, String ownerAgency, LocalDate due) {}
}
