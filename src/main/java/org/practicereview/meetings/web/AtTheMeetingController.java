package org.practicereview.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.meetings.Attendance;
import org.practicereview.meetings.CasePacks;
import org.practicereview.meetings.Invitee;
import org.practicereview.meetings.MeetingRecord;
import org.practicereview.meetings.MeetingRecord.Attended;
import org.practicereview.meetings.Meetings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.FormView;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meeting itself: the coordinator records who came and for which agency, and the conflicts of
 * interest declared per case; a member present records each case's outcome, once the meeting is quorate.
 */
@Controller
class AtTheMeetingController {

    private final Meetings meetings;
    private final MeetingRecord record;
    private final CasePacks packs;
    private final MeetingAccess access;
    private final Agencies agencies;
    private final Users users;

    AtTheMeetingController(Meetings meetings, MeetingRecord record, CasePacks packs, MeetingAccess access, Agencies agencies,
                           Users users) {
        this.meetings = meetings;
        this.record = record;
        this.packs = packs;
        this.access = access;
        this.agencies = agencies;
        this.users = users;
    }

    @GetMapping("/meetings/{id}/attendance")
    String attendancePage(@PathVariable long id, Model model) {
        access.coordinatorOf(id);
        Map<String, String> typed = meetings.invitees(id).stream().filter(i -> i.attendance() != null)
                .collect(Collectors.toMap(i -> "attendance-" + i.username(), i -> i.attendance().name()));
        meetings.invitees(id).stream().filter(i -> i.agencyCode() != null)
                .forEach(i -> typed.put("agency-" + i.username(), i.agencyCode()));
        return attendancePage(id, typed, List.of(), model);
    }

    @PostMapping("/meetings/{id}/attendance")
    String recordAttendance(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Actor coordinator = access.coordinatorOf(id);
        List<Attended> attended = new ArrayList<>();
        for (Invitee i : meetings.invitees(id)) {
            String given = params.getOrDefault("attendance-" + i.username(), "");
            Attendance attendance = "PRESENT".equals(given) ? Attendance.PRESENT : "APOLOGIES".equals(given) ? Attendance.APOLOGIES : null;
            String agency = params.getOrDefault("agency-" + i.username(), "");
            attended.add(new Attended(i.username(), attendance, agency.isBlank() ? null : agency));
        }
        try {
            record.recordAttendance(coordinator, id, attended);
        } catch (InvalidSubmissionException e) {
            return attendancePage(id, params, e.errors(), model);
        }
        redirect.addFlashAttribute("success", "Attendance recorded");
        return "redirect:/meetings/" + id;
    }

    private String attendancePage(long id, Map<String, String> typed, List<FieldError> errors, Model model) {
        model.addAttribute("meeting", access.meeting(id));
        model.addAttribute("invitees", meetings.invitees(id));
        model.addAttribute("agencyOptions", agencies.all().stream().map(a -> new String[] {a.code(), a.name()}).toList());
        model.addAttribute("typed", typed);
        errors(model, errors);
        model.addAttribute("backLink", "/meetings/" + id);
        return "meetings/attendance";
    }

    @GetMapping("/meetings/{id}/agenda/{reference}")
    String casePage(@PathVariable long id, @PathVariable String reference, Model model) {
        access.mayOpen(id);
        return casePage(id, tabled(id, reference), null, List.of(), model);
    }

    @PostMapping("/meetings/{id}/agenda/{reference}/conflicts")
    String declareConflict(@PathVariable long id, @PathVariable String reference, @RequestParam(required = false) String member,
                           Model model, RedirectAttributes redirect) {
        Actor coordinator = access.coordinatorOf(id);
        CaseReference ref = tabled(id, reference);
        try {
            record.declareConflict(coordinator, id, ref, member == null || member.isBlank() ? null : member);
        } catch (InvalidSubmissionException e) {
            return casePage(id, ref, null, e.errors(), model);
        }
        redirect.addFlashAttribute("success", "Conflict of interest recorded: " + users.nameOf(member) + " takes no part in " + reference);
        return "redirect:/meetings/" + id + "/agenda/" + reference;
    }

    @PostMapping("/meetings/{id}/agenda/{reference}/outcome")
    String recordOutcome(@PathVariable long id, @PathVariable String reference, @RequestParam MultiValueMap<String, String> params,
                         Model model, RedirectAttributes redirect) {
        Actor member = access.mayOpen(id);
        CaseReference ref = tabled(id, reference);
        MultiValueMap<String, String> answers = new LinkedMultiValueMap<>(params);
        answers.remove("_csrf");
        try {
            var outcome = record.recordOutcome(member, id, ref, answers);
            redirect.addFlashAttribute("success", outcome.taskName() + " recorded for " + reference + " at this meeting");
        } catch (InvalidSubmissionException e) {
            return casePage(id, ref, answers, e.errors(), model);
        }
        return "redirect:/meetings/" + id;
    }

    private String casePage(long id, CaseReference ref, MultiValueMap<String, String> typed, List<FieldError> errors, Model model) {
        Actor actor = CurrentUser.actor();
        model.addAttribute("meeting", access.meeting(id));
        model.addAttribute("caseReference", ref.value());
        var quorum = record.quorum(id, ref);
        model.addAttribute("quorum", quorum);
        model.addAttribute("presentNames", quorum.present().stream().map(users::nameOf).toList());
        model.addAttribute("conflictNames", quorum.notTakingPart().stream().map(users::nameOf).toList());
        model.addAttribute("coordinator", MeetingAccess.coordinates(actor));
        model.addAttribute("memberOptions", meetings.invitees(id).stream().filter(i -> !quorum.notTakingPart().contains(i.username()))
                .map(i -> new String[] {i.username(), i.name()}).toList());
        model.addAttribute("outcomes", record.outcomes(id).stream().filter(o -> o.caseReference().equals(ref)).toList());
        var task = record.openTask(ref).orElse(null);
        model.addAttribute("task", task);
        if (task != null && quorum.present().contains(actor.userId())) {
            var form = record.formOf(task);
            model.addAttribute("form", new FormView(form, typed == null ? Map.of() : FormParameters.read(form, typed),
                    errors.stream().filter(e -> e.field() != null).toList()));
        }
        errors(model, errors);
        model.addAttribute("backLink", "/meetings/" + id);
        return "meetings/case";
    }

    private CaseReference tabled(long meetingId, String reference) {
        return packs.cases(meetingId).stream().filter(r -> r.value().equals(reference)).findFirst().orElseThrow(NotFoundException::new);
    }

    private static void errors(Model model, List<FieldError> errors) {
        model.addAttribute("errorList", errors);
        model.addAttribute("errors", errors.stream().filter(e -> e.field() != null)
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a)));
    }
}
