package org.practicereview.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practicereview.referral.DraftItem;
import org.practicereview.referral.DraftView;
import org.practicereview.referral.MyReferral;
import org.practicereview.referral.MyReferrals;
import org.practicereview.referral.ReferralSection;
import org.practicereview.referral.ReferralService;
import org.practicereview.referral.SubmittedReferral;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Check answers: a summary card per section and per child, family member and agency, each answer
 * with a Change link that comes back here; what still stops the referral as an error summary; and
 * "Send referral", which submits the draft and shows the confirmation with the case reference.
 */
@Controller
class CheckAnswersController {

    record Row(String key, List<String> lines, String changeHref, String hiddenKey) {}

    record Card(String title, List<Row> rows, String actionHref, String actionText) {}

    record Problem(String message, String href) {}

    /** A single section is one card; a repeating one is a heading, a card per item and an "Add" link. */
    record Group(String heading, List<Card> cards, String addHref, String addText) {}

    private final DraftPages pages;
    private final ReferralService referrals;
    private final MyReferrals myReferrals;

    CheckAnswersController(DraftPages pages, ReferralService referrals, MyReferrals myReferrals) {
        this.pages = pages;
        this.referrals = referrals;
        this.myReferrals = myReferrals;
    }

    @GetMapping("/referrals/{draftId}/check-answers")
    String show(@PathVariable String draftId, Model model) {
        Actor actor = CurrentUser.actor();
        DraftView draft = pages.draft(actor, draftId);
        List<Problem> problems = pages.problems(actor, draftId).stream().map(p -> problem(draft, p)).toList();
        List<Group> groups = new ArrayList<>();
        for (SectionPage page : SectionPage.values()) {
            groups.add(page.repeating()
                    ? new Group(page.title(), itemCards(draft, page),
                            DraftPages.base(draftId) + "/" + page.path() + "/new?return=" + DraftPages.CHECK_ANSWERS,
                            draft.items(page.section()).isEmpty() ? page.addLabel() : page.addAnotherLabel())
                    : new Group(null, List.of(sectionCard(draft, page)), null, null));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("problems", problems);
        model.addAttribute("errorList", problems);
        model.addAttribute("backLink", DraftPages.base(draftId));
        model.addAttribute("action", DraftPages.base(draftId) + "/check-answers");
        return "referrals/check-answers";
    }

    @PostMapping("/referrals/{draftId}/check-answers")
    String send(@PathVariable String draftId) {
        try {
            SubmittedReferral sent = referrals.submit(CurrentUser.actor(), draftId);
            return "redirect:/referrals/sent/" + sent.reference().value();
        } catch (InvalidSubmissionException e) {
            return "redirect:" + DraftPages.base(draftId) + "/check-answers";
        }
    }

    @GetMapping("/referrals/sent/{reference}")
    String sent(@PathVariable String reference, Model model) {
        if (!CaseReference.isValid(reference)) {
            throw new NotFoundException();
        }
        CaseReference ref = new CaseReference(reference);
        MyReferral referral = myReferrals.of(CurrentUser.actor()).stream().filter(r -> r.reference().equals(ref)).findFirst()
                .orElseThrow(NotFoundException::new);
        model.addAttribute("reference", ref.value());
        model.addAttribute("referral", referral);
        return "referrals/sent";
    }

    private Card sectionCard(DraftView draft, SectionPage page) {
        String href = DraftPages.base(draft.id()) + "/" + page.path();
        return new Card(page.title(), rows(page.section(), draft.section(page.section()), href), null, null);
    }

    private List<Card> itemCards(DraftView draft, SectionPage page) {
        String list = DraftPages.base(draft.id()) + "/" + page.path();
        List<DraftItem> items = draft.items(page.section());
        FormDefinition form = pages.form(page.section());
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DraftItem item = items.get(i);
            String title = ItemNames.name(form, page, item, i);
            cards.add(new Card(title, rows(page.section(), item.values(), list + "/" + item.id()),
                    list + "/" + item.id() + "/remove?return=" + DraftPages.CHECK_ANSWERS, "Remove"));
        }
        return cards;
    }

    private List<Row> rows(ReferralSection section, java.util.Map<String, Object> values, String pageHref) {
        List<Row> rows = new ArrayList<>();
        for (FormField field : pages.form(section).fields()) {
            String href = pageHref + "?return=" + DraftPages.CHECK_ANSWERS + "#" + field.key();
            rows.add(new Row(field.label(), AnswerText.lines(field, values.get(field.key())), href, field.label().toLowerCase(java.util.Locale.UK)));
        }
        return rows;
    }

    /** Where a problem is put right: "child-2.dateOfBirth" is the second child's page, at its date of birth. */
    private static Problem problem(DraftView draft, FieldError error) {
        String base = DraftPages.base(draft.id()) + "/";
        String back = "?return=" + DraftPages.CHECK_ANSWERS;
        String place = error.field().contains(".") ? error.field().substring(0, error.field().indexOf('.')) : error.field();
        String anchor = error.field().contains(".") ? "#" + error.field().substring(place.length() + 1) : "";
        for (SectionPage page : SectionPage.values()) {
            ReferralSection section = page.section();
            if (!page.repeating() && place.equals(section.slug())) {
                return new Problem(error.message(), base + page.path() + back + anchor);
            }
            if (page.repeating() && place.equals(section.slug())) {
                return new Problem(error.message(), base + page.path() + "/new" + back);
            }
            if (page.repeating() && place.startsWith(section.slug() + "-")) {
                return new Problem(error.message(), base + page.path() + item(draft, section, place).map(id -> "/" + id + back + anchor).orElse(""));
            }
        }
        return new Problem(error.message(), base + "check-answers");
    }

    private static Optional<String> item(DraftView draft, ReferralSection section, String place) {
        try {
            int index = Integer.parseInt(place.substring(section.slug().length() + 1)) - 1;
            List<DraftItem> items = draft.items(section);
            return index >= 0 && index < items.size() ? Optional.of(items.get(index).id()) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
