package org.practicereview.meetings.web;

import org.practicereview.meetings.CasePacks;
import org.practicereview.meetings.Meeting;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A meeting's case pack for the members invited to it (and the coordinator who prepares it): a page
 * per case and one PDF. To anyone else the pack does not exist.
 */
@Controller
class CasePackController {

    private final CasePacks packs;
    private final MeetingAccess access;

    CasePackController(CasePacks packs, MeetingAccess access) {
        this.packs = packs;
        this.access = access;
    }

    @GetMapping("/meetings/{id}/pack")
    String pack(@PathVariable long id, Model model) {
        access.mayOpen(id);
        model.addAttribute("meeting", access.meeting(id));
        model.addAttribute("cases", packs.cases(id));
        model.addAttribute("backLink", "/meetings/" + id);
        return "meetings/pack";
    }

    @GetMapping("/meetings/{id}/pack/{reference}")
    String casePage(@PathVariable long id, @PathVariable String reference, Model model) {
        Actor member = access.mayOpen(id);
        CaseReference ref = packs.cases(id).stream().filter(r -> r.value().equals(reference)).findFirst()
                .orElseThrow(NotFoundException::new);
        model.addAttribute("meeting", access.meeting(id));
        model.addAttribute("caseReference", ref.value());
        model.addAttribute("sections", packs.page(member, id, ref));
        model.addAttribute("backLink", "/meetings/" + id + "/pack");
        return "meetings/pack-case";
    }

    @GetMapping("/meetings/{id}/pack.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Actor member = access.mayOpen(id);
        Meeting meeting = access.meeting(id);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment().filename("case-pack-" + meeting.heldOn() + ".pdf").build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(packs.pdf(member, id));
    }
}
