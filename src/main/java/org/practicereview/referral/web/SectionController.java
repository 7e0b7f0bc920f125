package org.practicereview.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.identity.SignedInUser;
import org.practicereview.referral.DraftView;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.referral.ReferralSection;
import org.practicereview.shared.Actor;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.FormView;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The question page of a single section (about you, what happened, other investigations, why).
 * Every Continue saves what was typed into the draft first, valid or not, then shows the section's
 * problems if it has any, so nothing the user sent is lost.
 */
@Controller
class SectionController {

    private static final String PAGE = "/referrals/{draftId}/{path:" + SectionPage.SINGLE_PATHS + "}";

    private final DraftPages pages;
    private final ReferralDrafts drafts;

    SectionController(DraftPages pages, ReferralDrafts drafts) {
        this.pages = pages;
        this.drafts = drafts;
    }

    @GetMapping(PAGE)
    String show(@PathVariable String draftId, @PathVariable String path, @RequestParam(name = "return", required = false) String returnTo,
                @AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        SectionPage page = page(path);
        FormDefinition form = pages.form(page.section());
        DraftView draft = pages.draft(CurrentUser.actor(), draftId);
        Map<String, Object> values = draft.started(page.section())
                ? TypedValues.toShow(form, draft.section(page.section()))
                : suggestions(page.section(), user);
        values = QuestionPage.keptOr(request, form, values, model);
        return question(draftId, page, new FormView(form, values, List.of()), returnTo).render(model);
    }

    @PostMapping(PAGE)
    String save(@PathVariable String draftId, @PathVariable String path, @RequestParam(name = "return", required = false) String returnTo,
                @RequestParam MultiValueMap<String, String> params, Model model) {
        Actor actor = CurrentUser.actor();
        SectionPage page = page(path);
        FormDefinition form = pages.form(page.section());
        Map<String, Object> typed = FormParameters.read(form, params);
        drafts.saveSection(actor, draftId, page.section(), TypedValues.toSave(form, typed));
        List<FieldError> errors = DraftPages.pageErrors(pages.problems(actor, draftId), page.section(), 0);
        if (!errors.isEmpty()) {
            return question(draftId, page, new FormView(form, typed, errors), returnTo).render(model);
        }
        return "redirect:" + QuestionPage.back(draftId, returnTo, DraftPages.base(draftId));
    }

    private static QuestionPage question(String draftId, SectionPage page, FormView form, String returnTo) {
        String self = DraftPages.base(draftId) + "/" + page.path();
        return new QuestionPage("Make a referral", form.form().title(), form, QuestionPage.action(self, returnTo),
                QuestionPage.back(draftId, returnTo, DraftPages.base(draftId)));
    }

    /** About you, before it is first saved: what the user's account already says. Nothing is saved until Continue. */
    private static Map<String, Object> suggestions(ReferralSection section, SignedInUser user) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (section == ReferralSection.ABOUT_YOU && user != null) {
            values.put("referrerName", user.account().displayName());
            values.put("email", user.account().email());
            values.put("agencyCode", user.account().agencyCode());
        }
        return values;
    }

    private static SectionPage page(String path) {
        return SectionPage.byPath(path).filter(p -> !p.repeating()).orElseThrow(NotFoundException::new);
    }
}
