package org.practicereview.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.referral.DraftItem;
import org.practicereview.referral.DraftView;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.shared.Actor;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.FormView;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormValidator;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Children, family members and agencies: the "add another" list with Change and Remove, and the
 * question page of one item. A new item is added to the draft at its first Continue, valid or not
 * (unless the page was left blank); from then on its page posts to the item's own address.
 */
@Controller
class ItemController {

    private static final String LIST = "/referrals/{draftId}/{path:" + SectionPage.LIST_PATHS + "}";

    record ItemRow(String name, String details, boolean complete, String changeHref, String removeHref) {}

    private final DraftPages pages;
    private final ReferralDrafts drafts;
    private final FormValidator validator;

    ItemController(DraftPages pages, ReferralDrafts drafts, FormValidator validator) {
        this.pages = pages;
        this.drafts = drafts;
        this.validator = validator;
    }

    @GetMapping(LIST)
    String list(@PathVariable String draftId, @PathVariable String path, Model model) {
        Actor actor = CurrentUser.actor();
        SectionPage page = page(path);
        DraftView draft = pages.draft(actor, draftId);
        List<FieldError> problems = pages.problems(actor, draftId);
        FormDefinition form = pages.form(page.section());
        List<ItemRow> rows = new ArrayList<>();
        List<DraftItem> items = draft.items(page.section());
        for (int i = 0; i < items.size(); i++) {
            String self = itemPath(draftId, page, items.get(i).id());
            rows.add(new ItemRow(ItemNames.name(form, page, items.get(i), i), ItemNames.details(form, page, items.get(i)),
                    DraftPages.itemComplete(problems, page.section(), i), self, self + "/remove"));
        }
        model.addAttribute("page", page);
        model.addAttribute("rows", rows);
        model.addAttribute("addHref", DraftPages.base(draftId) + "/" + page.path() + "/new");
        model.addAttribute("continueHref", DraftPages.base(draftId));
        model.addAttribute("backLink", DraftPages.base(draftId));
        return "referrals/items";
    }

    @GetMapping(LIST + "/new")
    String blank(@PathVariable String draftId, @PathVariable String path, @RequestParam(name = "return", required = false) String returnTo,
                 HttpServletRequest request, Model model) {
        SectionPage page = page(path);
        pages.draft(CurrentUser.actor(), draftId);
        FormDefinition form = pages.form(page.section());
        String self = DraftPages.base(draftId) + "/" + page.path() + "/new";
        FormView view = new FormView(form, QuestionPage.keptOr(request, form, FormView.empty(form).values(), model), List.of());
        return question(draftId, page, view, self, returnTo).render(model);
    }

    @PostMapping(LIST + "/new")
    String add(@PathVariable String draftId, @PathVariable String path, @RequestParam(name = "return", required = false) String returnTo,
               @RequestParam MultiValueMap<String, String> params, Model model) {
        Actor actor = CurrentUser.actor();
        SectionPage page = page(path);
        FormDefinition form = pages.form(page.section());
        Map<String, Object> typed = FormParameters.read(form, params);
        Map<String, Object> toSave = TypedValues.toSave(form, typed);
        if (TypedValues.blank(toSave)) {
            pages.draft(actor, draftId);
            String self = DraftPages.base(draftId) + "/" + page.path() + "/new";
            return question(draftId, page, new FormView(form, typed, blankErrors(form, toSave)), self, returnTo).render(model);
        }
        DraftItem item;
        try {
            item = drafts.addItem(actor, draftId, page.section(), toSave);
        } catch (InvalidSubmissionException full) {
            String self = DraftPages.base(draftId) + "/" + page.path() + "/new";
            return question(draftId, page, new FormView(form, typed, full.errors()), self, returnTo).render(model);
        }
        return afterSave(actor, draftId, page, item.id(), form, typed, returnTo, model);
    }

    @GetMapping(LIST + "/{itemId}")
    String show(@PathVariable String draftId, @PathVariable String path, @PathVariable String itemId,
                @RequestParam(name = "return", required = false) String returnTo, HttpServletRequest request, Model model) {
        SectionPage page = page(path);
        DraftItem item = item(pages.draft(CurrentUser.actor(), draftId), page, itemId);
        FormDefinition form = pages.form(page.section());
        FormView view = new FormView(form, QuestionPage.keptOr(request, form, TypedValues.toShow(form, item.values()), model),
                List.of());
        return question(draftId, page, view, itemPath(draftId, page, itemId), returnTo).render(model);
    }

    @PostMapping(LIST + "/{itemId}")
    String update(@PathVariable String draftId, @PathVariable String path, @PathVariable String itemId,
                  @RequestParam(name = "return", required = false) String returnTo,
                  @RequestParam MultiValueMap<String, String> params, Model model) {
        Actor actor = CurrentUser.actor();
        SectionPage page = page(path);
        FormDefinition form = pages.form(page.section());
        Map<String, Object> typed = FormParameters.read(form, params);
        drafts.updateItem(actor, draftId, page.section(), itemId, TypedValues.toSave(form, typed));
        return afterSave(actor, draftId, page, itemId, form, typed, returnTo, model);
    }

    @GetMapping(LIST + "/{itemId}/remove")
    String confirmRemove(@PathVariable String draftId, @PathVariable String path, @PathVariable String itemId,
                         @RequestParam(name = "return", required = false) String returnTo, Model model) {
        SectionPage page = page(path);
        DraftView draft = pages.draft(CurrentUser.actor(), draftId);
        DraftItem item = item(draft, page, itemId);
        String list = DraftPages.base(draftId) + "/" + page.path();
        model.addAttribute("page", page);
        model.addAttribute("name", ItemNames.name(pages.form(page.section()), page, item, DraftPages.indexOf(draft, page.section(), itemId)));
        model.addAttribute("action", QuestionPage.action(itemPath(draftId, page, itemId) + "/remove", returnTo));
        model.addAttribute("cancelHref", QuestionPage.back(draftId, returnTo, list));
        model.addAttribute("backLink", QuestionPage.back(draftId, returnTo, list));
        return "referrals/remove";
    }

    @PostMapping(LIST + "/{itemId}/remove")
    String remove(@PathVariable String draftId, @PathVariable String path, @PathVariable String itemId,
                  @RequestParam(name = "return", required = false) String returnTo, RedirectAttributes redirect) {
        Actor actor = CurrentUser.actor();
        SectionPage page = page(path);
        DraftView draft = pages.draft(actor, draftId);
        String name = ItemNames.name(pages.form(page.section()), page, item(draft, page, itemId), DraftPages.indexOf(draft, page.section(), itemId));
        drafts.removeItem(actor, draftId, page.section(), itemId);
        redirect.addFlashAttribute("success", name + " removed");
        return "redirect:" + QuestionPage.back(draftId, returnTo, DraftPages.base(draftId) + "/" + page.path());
    }

    private String afterSave(Actor actor, String draftId, SectionPage page, String itemId, FormDefinition form,
                             Map<String, Object> typed, String returnTo, Model model) {
        DraftView draft = pages.draft(actor, draftId);
        int index = DraftPages.indexOf(draft, page.section(), itemId);
        List<FieldError> errors = DraftPages.pageErrors(pages.problems(actor, draftId), page.section(), index);
        if (!errors.isEmpty()) {
            return question(draftId, page, new FormView(form, typed, errors), itemPath(draftId, page, itemId), returnTo).render(model);
        }
        return "redirect:" + QuestionPage.back(draftId, returnTo, DraftPages.base(draftId) + "/" + page.path());
    }

    private List<FieldError> blankErrors(FormDefinition form, Map<String, Object> values) {
        try {
            validator.validate(form, values);
            return List.of();
        } catch (InvalidSubmissionException e) {
            return e.errors();
        }
    }

    private static QuestionPage question(String draftId, SectionPage page, FormView form, String self, String returnTo) {
        String list = DraftPages.base(draftId) + "/" + page.path();
        return new QuestionPage(page.title(), form.form().title(), form, QuestionPage.action(self, returnTo),
                QuestionPage.back(draftId, returnTo, list));
    }

    private static String itemPath(String draftId, SectionPage page, String itemId) {
        return DraftPages.base(draftId) + "/" + page.path() + "/" + itemId;
    }

    private static DraftItem item(DraftView draft, SectionPage page, String itemId) {
        return draft.items(page.section()).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static SectionPage page(String path) {
        return SectionPage.byPath(path).filter(SectionPage::repeating).orElseThrow(NotFoundException::new);
    }
}
