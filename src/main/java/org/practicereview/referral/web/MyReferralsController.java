package org.practicereview.referral.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicereview.referral.MyReferral;
import org.practicereview.referral.MyReferrals;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.web.AgencyHomeSections;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.TaskInbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The referrer's own referrals with their stage, their unfinished drafts, and the information
 * requests addressed to them or their agency (answered on the task page). Nobody else's referral
 * is shown, or admitted to exist.
 */
@Controller
class MyReferralsController {

    static final Set<String> INFORMATION_REQUESTS = Set.of("Task_ProvideAgencySummary", "Task_ProvideMoreInformation");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    record Request(String taskHref, String name, String reference, String due, boolean overdue) {}

    private final MyReferrals myReferrals;
    private final ReferralDrafts drafts;
    private final TaskInbox inbox;
    private final List<AgencyHomeSections> homeSections;

    MyReferralsController(MyReferrals myReferrals, ReferralDrafts drafts, TaskInbox inbox, List<AgencyHomeSections> homeSections) {
        this.myReferrals = myReferrals;
        this.drafts = drafts;
        this.inbox = inbox;
        this.homeSections = homeSections;
    }

    @GetMapping("/my-referrals")
    String list(Model model) {
        Actor actor = CurrentUser.actor();
        model.addAttribute("referrals", myReferrals.of(actor));
        model.addAttribute("drafts", drafts.mine(actor).stream()
                .map(d -> new StartController.UnfinishedDraft(DraftPages.base(d.id()), StartController.day(d.createdAt()),
                        StartController.dayAndTime(d.updatedAt()), d.children()))
                .toList());
        model.addAttribute("requests", requests(actor));
        model.addAttribute("homeSections", homeSections.stream().flatMap(p -> p.sectionsFor(actor).stream()).toList());
        return "referrals/my-referrals/list";
    }

    @GetMapping("/my-referrals/{reference}")
    String status(@PathVariable String reference, Model model) {
        Actor actor = CurrentUser.actor();
        if (!CaseReference.isValid(reference)) {
            throw new NotFoundException();
        }
        CaseReference ref = new CaseReference(reference);
        MyReferral referral = myReferrals.of(actor).stream().filter(r -> r.reference().equals(ref)).findFirst()
                .orElseThrow(NotFoundException::new);
        model.addAttribute("referral", referral);
        model.addAttribute("sentOn", LONG_DATE.format(referral.submittedOn()));
        var question = myReferrals.openQuestionFor(actor, ref);
        model.addAttribute("questions", question.map(q -> q.questions()).orElse(null));
        model.addAttribute("replyBy", question.flatMap(q -> q.replyBy()).map(GovDates::time).orElse(null));
        model.addAttribute("requests", requests(actor).stream().filter(r -> r.reference().equals(ref.value())).toList());
        model.addAttribute("backLink", "/my-referrals");
        return "referrals/my-referrals/status";
    }

    private List<Request> requests(Actor actor) {
        return inbox.ofKinds(actor, INFORMATION_REQUESTS).stream()
                .map(t -> new Request("/tasks/" + t.id(), t.name(), t.caseReference().value(),
                        t.due() == null ? null : LONG_DATE.format(t.due().toInstant().atZone(org.practicereview.workflow.WorkingDays.UK)),
                        t.overdue()))
                .toList();
    }
}
