package org.practicereview.referral.web;

import org.practicereview.referral.DraftView;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.shared.web.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deleting an unfinished referral, after a page that asks "Are you sure?". */
@Controller
class DeleteDraftController {

    private final DraftPages pages;
    private final ReferralDrafts drafts;

    DeleteDraftController(DraftPages pages, ReferralDrafts drafts) {
        this.pages = pages;
        this.drafts = drafts;
    }

    @GetMapping("/referrals/{draftId}/delete")
    String confirm(@PathVariable String draftId, Model model) {
        DraftView draft = pages.draft(CurrentUser.actor(), draftId);
        model.addAttribute("started", StartController.day(draft.createdAt()));
        model.addAttribute("action", DraftPages.base(draftId) + "/delete");
        model.addAttribute("backLink", DraftPages.base(draftId));
        return "referrals/delete";
    }

    @PostMapping("/referrals/{draftId}/delete")
    String delete(@PathVariable String draftId, RedirectAttributes redirect) {
        pages.draft(CurrentUser.actor(), draftId);
        drafts.delete(CurrentUser.actor(), draftId);
        redirect.addFlashAttribute("success", "Your unfinished referral has been deleted");
        return "redirect:/referrals/new";
    }
}
