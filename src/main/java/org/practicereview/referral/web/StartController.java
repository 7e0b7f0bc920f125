package org.practicereview.referral.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The start page: what the referrer will need, the user's unfinished drafts, and "Start now". */
@Controller
class StartController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(WorkingDays.UK);
    static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(WorkingDays.UK);

    record UnfinishedDraft(String href, String started, String lastSaved, int children) {}

    private final ReferralDrafts drafts;

    StartController(ReferralDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/referrals/new")
    String start(Model model) {
        model.addAttribute("drafts", unfinished());
        return "referrals/new";
    }

    @PostMapping("/referrals/new")
    String startDraft() {
        return "redirect:" + DraftPages.base(drafts.start(CurrentUser.actor()).id());
    }

    private List<UnfinishedDraft> unfinished() {
        return drafts.mine(CurrentUser.actor()).stream()
                .map(d -> new UnfinishedDraft(DraftPages.base(d.id()), day(d.createdAt()), dayAndTime(d.updatedAt()), d.children()))
                .toList();
    }

    static String day(Instant at) {
        return DAY.format(at);
    }

    static String dayAndTime(Instant at) {
        return DAY_AND_TIME.format(at).replace("AM", "am").replace("PM", "pm");
    }
}
