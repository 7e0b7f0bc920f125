package org.practicereview.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.learning.PlanRecords.Actions;
import org.practicereview.learning.PlanRecords.Plans;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: the owning agency is reminded once when an action's target date is near, and once when it
 * has passed (the business unit is told too). A reminder is queued in the outbox and marked on the
 * action in one transaction, so a crash sends none twice. The notices name the action by its number.
 */
@Component
public class ActionReminders {

    private final Actions actions;
    private final Plans plans;
    private final Notifications notifications;
    private final Agencies agencies;
    private final BoardSettings settings;
    private final WorkingDays workingDays;
    private final Trail trail;
    private final int daysBefore;

    ActionReminders(Actions actions, Plans plans, Notifications notifications, Agencies agencies, BoardSettings settings,
                    WorkingDays workingDays, Trail trail,
                    @Value("${practice-review.learning.reminder-days-before:14}") int daysBefore) {
        this.actions = actions;
        this.plans = plans;
        this.notifications = notifications;
        this.agencies = agencies;
        this.settings = settings;
        this.workingDays = workingDays;
        this.trail = trail;
        this.daysBefore = daysBefore;
    }

    /** Queues the reminders due today; returns how many. */
    @Scheduled(cron = "${practice-review.learning.reminder-cron:0 15 7 * * *}")
    @Transactional
    public int remind() {
        LocalDate today = workingDays.today();
        List<PlanAction> open = actions.findByStatusIn(List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS));
        Map<Long, String> references = plans.findByIdIn(open.stream().map(PlanAction::planId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ActionPlan::id, ActionPlan::caseReference));
        int sent = 0;
        for (PlanAction a : open) {
            CaseReference ref = new CaseReference(references.get(a.planId()));
            if (a.overdueUnreminded(today)) {
                overdue(ref, a, today);
                sent++;
            } else if (a.dueSoonUnreminded(today, daysBefore)) {
                dueSoon(ref, a, today);
                sent++;
            }
        }
        return sent;
    }

    private void dueSoon(CaseReference ref, PlanAction a, LocalDate today) {
        notifications.queue(ref, NotificationKind.ACTION_DUE_SOON, Actor.agencyGroup(a.ownerAgency()),
                "Case " + ref + ": action " + a.label() + " is due by " + GovDates.day(a.targetDate()),
                "Action " + a.label() + " of the action plan of case " + ref + ", owned by " + agencies.nameOf(a.ownerAgency())
                        + ", is due by " + GovDates.day(a.targetDate()) + ".\n\nRecord its progress and any evidence on the "
                        + "case's action plan; when it is done, say so and the PRG will accept it or ask for more.", null);
        a.remindedBefore(today);
        actions.save(a);
        trail.append(ref, Actor.SYSTEM, TrailAction.ACTION_DUE_REMINDER_SENT, "action " + a.label());
    }

    private void overdue(CaseReference ref, PlanAction a, LocalDate today) {
        String subject = "Case " + ref + ": action " + a.label() + " is overdue";
        String body = "Action " + a.label() + " of the action plan of case " + ref + ", owned by "
                + agencies.nameOf(a.ownerAgency()) + ", was due by " + GovDates.day(a.targetDate())
                + " and is not done.\n\nRecord its progress on the case's action plan, or tell the business unit "
                + "when it will be done.";
        notifications.queue(ref, NotificationKind.ACTION_OVERDUE, Actor.agencyGroup(a.ownerAgency()), subject, body, null);
        String businessUnit = settings.current().businessUnitAddress();
        if (businessUnit != null && !businessUnit.isBlank()) {
            notifications.queue(ref, NotificationKind.ACTION_OVERDUE, businessUnit, subject, body, null);
        }
        a.remindedAfter(today);
        actions.save(a);
        trail.append(ref, Actor.SYSTEM, TrailAction.ACTION_OVERDUE_REMINDER_SENT, "action " + a.label());
    }
}
