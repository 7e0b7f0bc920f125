package org.practicereview.meetings.web;

import java.util.List;
import java.util.stream.Collectors;
import org.practicereview.identity.Users;
import org.practicereview.meetings.Meeting;
import org.practicereview.meetings.MeetingMinutes;
import org.practicereview.meetings.Meetings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A meeting's actions and minutes: the coordinator agrees actions, generates the minutes and records their approval. */
@Controller
class MinutesController {

    private final Meetings meetings;
    private final MeetingMinutes minutes;
    private final MeetingAccess access;
    private final Users users;

    MinutesController(Meetings meetings, MeetingMinutes minutes, MeetingAccess access, Users users) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.access = access;
        this.users = users;
    }

    @GetMapping("/meetings/{id}/minutes")
    String page(@PathVariable long id, Model model) {
        access.mayOpen(id);
        return page(id, List.of(), "", null, model);
    }

    @PostMapping("/meetings/{id}/actions")
    String agreeAction(@PathVariable long id, @RequestParam(required = false) String action, @RequestParam(required = false) String owner,
                       @RequestParam(required = false) String caseReference, Model model, RedirectAttributes redirect) {
        Actor coordinator = access.coordinatorOf(id);
        CaseReference ref = caseReference != null && CaseReference.isValid(caseReference) ? new CaseReference(caseReference) : null;
        try {
            minutes.agreeAction(coordinator, id, ref, action, owner);
        } catch (InvalidSubmissionException e) {
            return page(id, e.errors(), action == null ? "" : action, owner, model);
        }
        redirect.addFlashAttribute("success", "Action recorded");
        return "redirect:/meetings/" + id + "/minutes";
    }

    @PostMapping("/meetings/{id}/minutes")
    String generate(@PathVariable long id, RedirectAttributes redirect) {
        minutes.generate(access.coordinatorOf(id), id);
        redirect.addFlashAttribute("success", "Minutes generated from the meeting's record");
        return "redirect:/meetings/" + id + "/minutes";
    }

    @PostMapping("/meetings/{id}/minutes/approval")
    String approve(@PathVariable long id, @RequestParam(required = false) Long atMeeting, Model model, RedirectAttributes redirect) {
        Actor coordinator = access.coordinatorOf(id);
        try {
            minutes.approve(coordinator, id, atMeeting);
        } catch (InvalidSubmissionException e) {
            return page(id, e.errors(), "", null, model);
        }
        redirect.addFlashAttribute("success", "Minutes approved. They can no longer change. The members are told by email");
        return "redirect:/meetings/" + id + "/minutes";
    }

    private String page(long id, List<FieldError> errors, String action, String owner, Model model) {
        Actor actor = CurrentUser.actor();
        Meeting meeting = access.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutes", minutes.find(id).orElse(null));
        model.addAttribute("actions", minutes.actions(id));
        model.addAttribute("approved", meetings.minutesApproved(id));
        model.addAttribute("coordinator", MeetingAccess.coordinates(actor));
        if (MeetingAccess.coordinates(actor)) {
            model.addAttribute("ownerOptions", minutes.owners(id, actor).stream().map(u -> new String[] {u, users.nameOf(u)}).toList());
            model.addAttribute("caseOptions", meetings.agenda(id).stream().map(c -> new String[] {c.caseReference().value(), c.caseReference().value()}).toList());
            model.addAttribute("laterOptions", meetings.after(meeting).stream()
                    .map(m -> new String[] {String.valueOf(m.id()), "PRG meeting, " + m.when()}).toList());
        }
        model.addAttribute("action", action);
        model.addAttribute("owner", owner);
        model.addAttribute("errorList", errors);
        model.addAttribute("errors", errors.stream().filter(e -> e.field() != null)
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a)));
        model.addAttribute("backLink", "/meetings/" + id);
        return "meetings/minutes";
    }
}
