package org.practicereview.notification.web;

import java.util.EnumSet;
import java.util.Set;
import org.practicereview.notification.NoticeStatus;
import org.practicereview.notification.Notification;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.shared.web.Pagination;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for the business unit and the administrator: every notice, newest first, with what
 * became of it; a failed one can be sent again. Recipients by kind only, never an address.
 */
@Controller
class OutboxController {

    static final Set<Role> PERMITTED = EnumSet.of(Role.PRG_COORDINATOR, Role.ADMIN);
    static final int PAGE_SIZE = 50;

    /** One notice as the outbox lists it. */
    record OutboxRow(long id, String kind, String recipient, String caseReference, String queued, String sent,
                     NoticeStatus status, int attempts, String lastError, String nextAttempt) {}

    private final Notifications notifications;
    private final ObjectProvider<com.icegreen.greenmail.util.GreenMail> demoMailbox;

    OutboxController(Notifications notifications, ObjectProvider<com.icegreen.greenmail.util.GreenMail> demoMailbox) {
        this.notifications = notifications;
        this.demoMailbox = demoMailbox;
    }

    @GetMapping("/outbox")
    String outbox(@RequestParam(required = false) String page, @RequestParam(required = false) String show, Model model) {
        Actor actor = permitted();
        boolean failedOnly = "failed".equals(show);
        int number = Pagination.pageNumber(page);
        Page<Notification> shown = notifications.newestFirst(failedOnly, PageRequest.of(number - 1, PAGE_SIZE));
        model.addAttribute("rows", shown.map(this::row).getContent());
        model.addAttribute("failedOnly", failedOnly);
        model.addAttribute("failedCount", notifications.failedCount());
        model.addAttribute("paging", Pagination.of(number, Math.max(1, shown.getTotalPages()),
                n -> "/outbox?page=" + n + (failedOnly ? "&show=failed" : "")));
        model.addAttribute("demoMailbox", actor.has(Role.ADMIN) && demoMailbox.getIfAvailable() != null);
        return "notification/outbox";
    }

    @PostMapping("/outbox/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        Actor actor = permitted();
        if (notifications.resend(id, actor)) {
            redirect.addFlashAttribute("success", "Notice " + id + " is queued again and will be sent shortly");
        } else {
            redirect.addFlashAttribute("problem", "Notice " + id + " has not failed, so it was not queued again");
        }
        return "redirect:/outbox";
    }

    private static Actor permitted() {
        Actor actor = CurrentUser.actor();
        if (PERMITTED.stream().noneMatch(actor::has)) {
            throw new NotFoundException();
        }
        return actor;
    }

    private OutboxRow row(Notification n) {
        return new OutboxRow(n.id(), n.kind().label(), notifications.recipientKind(n),
                n.caseReference() == null ? "None" : n.caseReference(), GovDates.time(n.createdAt()),
                n.sent() ? GovDates.time(n.sentAt()) : n.status().label(), n.status(), n.attempts(),
                n.lastError() == null ? "" : n.lastError(),
                n.status() == NoticeStatus.QUEUED && n.nextAttemptAt() != null ? "Next attempt " + GovDates.time(n.nextAttemptAt()) : null);
    }
}
