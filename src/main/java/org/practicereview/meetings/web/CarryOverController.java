package org.practicereview.meetings.web;

import java.util.List;
import org.practicereview.meetings.Meeting;
import org.practicereview.meetings.Meetings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator carries a tabled case over to a later meeting, saying why. */
@Controller
class CarryOverController {

    private final Meetings meetings;
    private final MeetingAccess access;

    CarryOverController(Meetings meetings, MeetingAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    @GetMapping("/meetings/{id}/agenda/{reference}/carry-over")
    String page(@PathVariable long id, @PathVariable String reference, Model model) {
        access.coordinatorOf(id);
        return page(id, tabled(id, reference), null, "", List.of(), model);
    }

    @PostMapping("/meetings/{id}/agenda/{reference}/carry-over")
    String carryOver(@PathVariable long id, @PathVariable String reference, @RequestParam(required = false) Long toMeeting,
                     @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Actor coordinator = access.coordinatorOf(id);
        CaseReference ref = tabled(id, reference);
        try {
            meetings.carryOver(coordinator, id, ref, toMeeting, reason);
        } catch (InvalidSubmissionException e) {
            return page(id, ref, toMeeting, reason == null ? "" : reason, e.errors(), model);
        }
        redirect.addFlashAttribute("success", ref.value() + " carried over to the "
                + meetings.find(toMeeting).map(Meeting::title).orElse("next meeting"));
        return "redirect:/meetings/" + id;
    }

    private CaseReference tabled(long meetingId, String reference) {
        return meetings.agenda(meetingId).stream().map(c -> c.caseReference())
                .filter(r -> r.value().equals(reference)).findFirst().orElseThrow(NotFoundException::new);
    }

    private String page(long id, CaseReference ref, Long toMeeting, String reason, List<FieldError> errors, Model model) {
        Meeting meeting = access.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("caseReference", ref.value());
        model.addAttribute("later", meetings.after(meeting).stream()
                .map(m -> new String[] {String.valueOf(m.id()), "PRG meeting, " + m.when()})
                .toList());
        model.addAttribute("toMeeting", toMeeting == null ? null : String.valueOf(toMeeting));
        model.addAttribute("reason", reason);
        model.addAttribute("errorList", errors);
        model.addAttribute("errors", errors.stream().filter(e -> e.field() != null)
                .collect(java.util.stream.Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a)));
        model.addAttribute("backLink", "/meetings/" + id);
        return "meetings/carry-over";
    }
}
