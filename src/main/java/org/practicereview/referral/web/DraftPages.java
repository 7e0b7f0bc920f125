package org.practicereview.referral.web;

import java.util.List;
import org.practicereview.referral.DraftItem;
import org.practicereview.referral.DraftView;
import org.practicereview.referral.PurposeWording;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.referral.ReferralSection;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.DynamicOptions;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.Forms;
import org.springframework.stereotype.Component;

/**
 * What every page of the journey asks of a draft: the section's form with the board's agencies as
 * options and the purpose worded for the law the case would follow if sent now, what still stops the draft ({@link ReferralService#problems}) and, from that one list,
 * each page's own messages and each section's status. A draft that is not the user's is a
 * {@link org.practicereview.workflow.NotPermittedException}, shown as "Page not found".
 */
@Component
class DraftPages {

    /** The only place a page returns to after saving, other than its usual next page. */
    static final String CHECK_ANSWERS = "check-answers";

    private final ReferralDrafts drafts;
    private final ReferralService referrals;
    private final Forms forms;
    private final DynamicOptions options;
    private final PurposeWording purposes;

    DraftPages(ReferralDrafts drafts, ReferralService referrals, Forms forms, DynamicOptions options, PurposeWording purposes) {
        this.drafts = drafts;
        this.referrals = referrals;
        this.forms = forms;
        this.options = options;
        this.purposes = purposes;
    }

    FormDefinition form(ReferralSection section) {
        FormDefinition form = options.resolve(forms.get(section.formId()));
        return section == ReferralSection.PURPOSE ? purposes.worded(form, purposes.ofReferralSentNow()) : form;
    }

    DraftView draft(Actor actor, String draftId) {
        return drafts.get(actor, draftId);
    }

    List<FieldError> problems(Actor actor, String draftId) {
        return referrals.problems(actor, draftId);
    }

    static boolean returnsToCheckAnswers(String returnTo) {
        return CHECK_ANSWERS.equals(returnTo);
    }

    static String base(String draftId) {
        return "/referrals/" + draftId;
    }

    /** The problems' prefix for a single section ("about-you") or the n-th item (index 0: "child-1"). */
    static String place(ReferralSection section, int index) {
        return section.repeating() ? section.slug() + "-" + (index + 1) : section.slug();
    }

    /**
     * The problems of one page, as the page shows them: "child-2.dateOfBirth" / "Child 2: Enter ..."
     * becomes "dateOfBirth" / "Enter ...", so the summary links to the field and the inline message reads plainly.
     */
    static List<FieldError> pageErrors(List<FieldError> problems, ReferralSection section, int index) {
        String prefix = place(section, index) + ".";
        String title = section.repeating() ? section.title() + " " + (index + 1) + ": " : section.title() + ": ";
        return problems.stream().filter(p -> p.field().startsWith(prefix))
                .map(p -> new FieldError(p.field().substring(prefix.length()),
                        p.message().startsWith(title) ? p.message().substring(title.length()) : p.message()))
                .toList();
    }

    static SectionStatus status(DraftView draft, ReferralSection section, List<FieldError> problems) {
        if (!draft.started(section)) {
            return SectionStatus.NOT_STARTED;
        }
        String mine = section.repeating() ? section.slug() + "-" : section.slug() + ".";
        boolean incomplete = problems.stream().anyMatch(p -> p.field().startsWith(mine) || p.field().equals(section.slug()));
        return incomplete ? SectionStatus.IN_PROGRESS : SectionStatus.COMPLETED;
    }

    static boolean itemComplete(List<FieldError> problems, ReferralSection section, int index) {
        return pageErrors(problems, section, index).isEmpty();
    }

    static int indexOf(DraftView draft, ReferralSection section, String itemId) {
        List<DraftItem> items = draft.items(section);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }
}
