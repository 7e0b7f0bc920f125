package org.practicereview.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.practicereview.meetings.AgendaProposals;
import org.practicereview.meetings.Meeting;
import org.practicereview.meetings.MeetingDetails;
import org.practicereview.meetings.MeetingMails;
import org.practicereview.meetings.Meetings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
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

/**
 * The PRG's meetings: the list, scheduling one, and a meeting's page where the coordinator invites
 * members and tables cases. The coordinator sees every meeting; a member the meetings they are invited to.
 */
@Controller
class MeetingsController {

    private final Meetings meetings;
    private final AgendaProposals proposals;
    private final MeetingAccess access;
    private final Clock clock;
    private final MeetingMails mails;

    MeetingsController(Meetings meetings, AgendaProposals proposals, MeetingAccess access, Clock clock, MeetingMails mails) {
        this.meetings = meetings;
        this.proposals = proposals;
        this.access = access;
        this.clock = clock;
        this.mails = mails;
    }

    @GetMapping("/meetings")
    String list(Model model) {
        Actor actor = access.prgOnly();
        model.addAttribute("meetings", MeetingAccess.coordinates(actor) ? meetings.all() : meetings.invitedTo(actor.userId()));
        model.addAttribute("coordinator", MeetingAccess.coordinates(actor));
        return "meetings/list";
    }

    @GetMapping("/meetings/new")
    String newMeeting(Model model) {
        access.coordinatorOnly();
        return schedulePage(model, MeetingDetails.empty());
    }

    @PostMapping("/meetings/new")
    String schedule(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Actor coordinator = access.coordinatorOnly();
        MeetingDetails details = MeetingDetails.of(params, LocalDate.now(clock.withZone(GovDates.UK)));
        if (!details.errors().isEmpty()) {
            return schedulePage(model, details);
        }
        Meeting meeting = meetings.schedule(coordinator, details);
        redirect.addFlashAttribute("success", "Meeting scheduled for " + meeting.when() + ". Invite members and table cases");
        return "redirect:/meetings/" + meeting.id();
    }

    private String schedulePage(Model model, MeetingDetails details) {
        model.addAttribute("details", details);
        model.addAttribute("errorList", details.errors());
        model.addAttribute("backLink", "/meetings");
        return "meetings/new";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        access.mayOpen(id);
        return meetingPage(id, model, List.of(), List.of());
    }

    @PostMapping("/meetings/{id}/members")
    String invite(@PathVariable long id, @RequestParam(name = "members", required = false) List<String> members, Model model,
                  RedirectAttributes redirect) {
        Actor coordinator = access.coordinatorOf(id);
        try {
            int invited = meetings.invite(coordinator, id, members == null ? List.of() : members);
            redirect.addFlashAttribute("success", invited == 1 ? "1 member invited" : invited + " members invited");
        } catch (InvalidSubmissionException e) {
            return meetingPage(id, model, e.errors(), members == null ? List.of() : members);
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/agenda")
    String table(@PathVariable long id, @RequestParam(required = false) String caseReference, Model model,
                 RedirectAttributes redirect) {
        Actor coordinator = access.coordinatorOf(id);
        if (caseReference == null || !CaseReference.isValid(caseReference)) {
            return meetingPage(id, model, List.of(new FieldError(null, "Choose a case to table")), List.of());
        }
        try {
            var tabled = meetings.table(coordinator, id, new CaseReference(caseReference));
            redirect.addFlashAttribute("success", caseReference + " tabled"
                    + (tabled.decisionDueBeforeMeeting() ? ": the chair's decision is due before this meeting" : ""));
        } catch (InvalidSubmissionException e) {
            return meetingPage(id, model, e.errors(), List.of());
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/agenda/send")
    String sendAgenda(@PathVariable long id, RedirectAttributes redirect) {
        int sent = mails.sendAgenda(access.coordinatorOf(id), id);
        redirect.addFlashAttribute("success", "Agenda sent to " + sent + (sent == 1 ? " member" : " members") + " by email");
        return "redirect:/meetings/" + id;
    }

    String meetingPage(long id, Model model, List<FieldError> errors, List<String> chosen) {
        Actor actor = CurrentUser.actor();
        boolean coordinator = MeetingAccess.coordinates(actor);
        model.addAttribute("meeting", access.meeting(id));
        model.addAttribute("invitees", meetings.invitees(id));
        model.addAttribute("agenda", meetings.agenda(id));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("agendaSent", mails.agendaSentInWords(id));
        model.addAttribute("minutesApproved", meetings.minutesApproved(id));
        if (coordinator) {
            var invited = meetings.invitees(id).stream().map(i -> i.username()).toList();
            model.addAttribute("memberOptions", meetings.members().stream().filter(m -> !invited.contains(m.username()))
                    .map(m -> new String[] {m.username(), m.displayName()}).toList());
            model.addAttribute("chosen", chosen);
            model.addAttribute("proposals", proposals.forMeeting(id));
        }
        model.addAttribute("errorList", errors);
        model.addAttribute("errors", errors.stream().filter(e -> e.field() != null)
                .collect(java.util.stream.Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a)));
        model.addAttribute("backLink", "/meetings");
        return "meetings/meeting";
    }
}
