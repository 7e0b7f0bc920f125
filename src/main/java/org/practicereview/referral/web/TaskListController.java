package org.practicereview.referral.web;

import java.util.ArrayList;
import java.util.List;
import org.practicereview.referral.DraftView;
import org.practicereview.shared.Actor;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The draft's GOV.UK task list: one task per section with its status, then check answers and send. */
@Controller
class TaskListController {

    record Task(String id, String title, String href, String hint, SectionStatus status) {}

    private final DraftPages pages;

    TaskListController(DraftPages pages) {
        this.pages = pages;
    }

    @GetMapping("/referrals/{draftId}")
    String taskList(@PathVariable String draftId, Model model) {
        Actor actor = CurrentUser.actor();
        DraftView draft = pages.draft(actor, draftId);
        List<FieldError> problems = pages.problems(actor, draftId);
        List<Task> sections = new ArrayList<>();
        for (SectionPage page : SectionPage.values()) {
            SectionStatus status = DraftPages.status(draft, page.section(), problems);
            sections.add(new Task(page.path(), page.title(), DraftPages.base(draftId) + "/" + page.path(), hint(draft, page), status));
        }
        long completed = sections.stream().filter(t -> t.status() == SectionStatus.COMPLETED).count();
        boolean ready = problems.isEmpty();
        model.addAttribute("draft", draft);
        model.addAttribute("started", StartController.day(draft.createdAt()));
        model.addAttribute("sections", sections);
        model.addAttribute("completed", completed);
        model.addAttribute("ready", ready);
        model.addAttribute("checkAnswers", new Task("check-answers", "Check your answers and send the referral",
                DraftPages.base(draftId) + "/check-answers",
                ready ? null : "You can do this when every section is complete",
                ready ? SectionStatus.NOT_STARTED : SectionStatus.CANNOT_START_YET));
        return "referrals/task-list";
    }

    private static String hint(DraftView draft, SectionPage page) {
        if (!page.repeating()) {
            return null;
        }
        int count = draft.items(page.section()).size();
        String added = count == 0 ? "None added yet" : count + " added";
        return page.section().minimum() == 0 ? "Optional. " + added : added;
    }
}
