package org.practicereview.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.practicereview.shared.web.KeptInput;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.FormView;
import org.springframework.ui.Model;

/** The model of a question page: one section's form (or one item's), its caption, where it posts and where Back goes. */
record QuestionPage(String caption, String heading, FormView form, String action, String backLink) {

    static final String VIEW = "referrals/question";

    String render(Model model) {
        model.addAttribute("page", this);
        model.addAttribute("form", form);
        model.addAttribute("errorList", form.errorList());
        model.addAttribute("backLink", backLink);
        return VIEW;
    }

    /**
     * What the person typed on this page before their session ended, put back once they have signed in
     * again (and said so on the page); otherwise the values the page would show.
     */
    static Map<String, Object> keptOr(HttpServletRequest request, FormDefinition form, Map<String, Object> usual, Model model) {
        return KeptInput.take(request).map(kept -> {
            model.addAttribute("restored", "We have put back what you typed before your session ended. "
                    + "It has not been saved yet: check it, then select Continue.");
            return FormParameters.read(form, kept);
        }).orElse(usual);
    }

    /** Where a page goes back to: check answers when the user came from there. */
    static String back(String draftId, String returnTo, String usual) {
        return DraftPages.returnsToCheckAnswers(returnTo) ? DraftPages.base(draftId) + "/check-answers" : usual;
    }

    /** A page's own address, keeping the return to check answers. */
    static String action(String path, String returnTo) {
        return DraftPages.returnsToCheckAnswers(returnTo) ? path + "?return=" + DraftPages.CHECK_ANSWERS : path;
    }
}
