package org.practicereview.web.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.practicereview.identity.CaseAccess;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.KeptInput;
import org.practicereview.workflow.DynamicOptions;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.FormView;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.shared.web.Pagination;
import org.practicereview.workflow.TaskDrafts;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.UserTasks;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work queue and the page of one task: the brief its decision needs beside its form (pre-filled
 * when the task comes back, or with what the person saved or typed before their session ended), claim,
 * release, save for later and complete.
 */
@Controller
class TasksController {

    private final TaskInbox inbox;
    private final UserTasks userTasks;
    private final DynamicOptions options;
    private final TaskCaseSummaries summaries;
    private final CaseAccess access;
    private final TaskBriefs briefs;
    private final TaskPrefills prefills;
    private final TaskDrafts drafts;
    private final Users users;
    private final TransactionTemplate reading;

    TasksController(TaskInbox inbox, UserTasks userTasks, DynamicOptions options, TaskCaseSummaries summaries,
                    CaseAccess access, TaskBriefs briefs, TaskPrefills prefills, TaskDrafts drafts, Users users,
                    PlatformTransactionManager transactions) {
        this.drafts = drafts;
        this.users = users;
        this.briefs = briefs;
        this.prefills = prefills;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.inbox = inbox;
        this.userTasks = userTasks;
        this.options = options;
        this.summaries = summaries;
        this.access = access;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(defaultValue = "due") String sort, @RequestParam(required = false) String page, Model model) {
        boolean soonestFirst = !"due-desc".equals(sort);
        String order = soonestFirst ? "due" : "due-desc";
        TaskInbox.QueuePage queue = inbox.queue(CurrentUser.actor(), soonestFirst, Pagination.pageNumber(page));
        model.addAttribute("tasks", queue.tasks());
        model.addAttribute("queue", queue);
        model.addAttribute("sort", order);
        model.addAttribute("paging", Pagination.of(queue.page(), queue.pages(), n -> queueHref(order, n)));
        return "tasks/list";
    }

    private static String queueHref(String order, int page) {
        return "/tasks?sort=" + order + (page > 1 ? "&page=" + page : "");
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, HttpServletRequest request, Model model) {
        Actor actor = CurrentUser.actor();
        var task = inbox.find(taskId, actor).orElseThrow(NotFoundException::new);
        FormDefinition form = form(task.taskDefinitionKey());
        Optional<MultiValueMap<String, String>> kept = KeptInput.take(request);
        if (kept.isPresent()) {
            model.addAttribute("restored", "We have put back what you typed before your session ended. It has not "
                    + "been sent: check it, then complete the task or save it for later.");
            return page(task, new FormView(form, FormParameters.read(form, kept.get()), null), model);
        }
        Optional<TaskDrafts.Draft> draft = drafts.find(taskId, actor);
        if (draft.isPresent()) {
            model.addAttribute("restored", restoredDraft(draft.get()));
            return page(task, new FormView(form, FormParameters.read(form, draft.get().values()), null), model);
        }
        return page(task, null, model);
    }

    /** Whose answers the form opens with and when they were saved: the person's own, or those of whoever had the task before. */
    private String restoredDraft(TaskDrafts.Draft draft) {
        String saved = GovDates.time(draft.savedAt());
        if (!draft.handedOver()) {
            return "These are the answers you saved on " + saved + ". They have not been sent: complete the task when they are ready.";
        }
        String writer = users.find(draft.writtenBy()).map(UserAccount::displayName).orElse("the person who had this task before you");
        return "This is the draft " + writer + " saved on " + saved + ", before this task was given to you. It has not been"
                + " sent: check it, then complete the task or save it for later.";
    }

    @PostMapping("/tasks/{taskId}")
    String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> params,
                    @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentUser.actor();
        if ("save".equals(action)) {
            var task = inbox.find(taskId, actor).orElse(null);
            if (task == null) {
                return gone(redirect);
            }
            drafts.save(taskId, actor, form(task.taskDefinitionKey()), params);
            redirect.addFlashAttribute("success", "Your answers have been saved. They are not sent until you complete the task.");
            return "redirect:/tasks/" + taskId;
        }
        // UserTasks looks the task up and checks the person may act on it; the page is built again only
        // when the answers are refused. A task gone, or not this person's, gets the one answer either way.
        try {
            var done = userTasks.complete(taskId, actor,
                    form -> FormParameters.withoutDateParts(form, FormParameters.read(form, params)));
            drafts.discard(taskId);
            redirect.addFlashAttribute("success", done.taskName() + " completed for " + done.caseReference());
            return "redirect:/tasks";
        } catch (InvalidSubmissionException e) {
            var task = inbox.find(taskId, actor).orElse(null);
            if (task == null) {
                return gone(redirect);
            }
            FormDefinition form = form(task.taskDefinitionKey());
            return page(task, new FormView(form, FormParameters.read(form, params), e.errors()), model);
        } catch (TaskNotAvailableException | NotPermittedException e) {
            return gone(redirect);
        }
    }

    /** Saved as the person types (JavaScript): nothing is validated or sent; 204, or 404 when the task is not theirs. */
    @PostMapping("/tasks/{taskId}/draft")
    ResponseEntity<Void> saveAsTyped(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> params) {
        Actor actor = CurrentUser.actor();
        var task = inbox.find(taskId, actor).orElseThrow(NotFoundException::new);
        drafts.save(taskId, actor, form(task.taskDefinitionKey()), params);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, RedirectAttributes redirect) {
        try {
            userTasks.claim(taskId, CurrentUser.actor());
            return "redirect:/tasks/" + taskId;
        } catch (TaskNotAvailableException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/tasks";
        } catch (NotPermittedException e) {
            throw new NotFoundException();
        }
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, RedirectAttributes redirect) {
        try {
            userTasks.unclaim(taskId, CurrentUser.actor());
            redirect.addFlashAttribute("success", "Task released: others in your team can now pick it up");
            return "redirect:/tasks";
        } catch (TaskNotAvailableException e) {
            return gone(redirect);
        } catch (NotPermittedException e) {
            throw new NotFoundException();
        }
    }

    /**
     * The task's page; {@code typed} is what the person sent when it was refused, else the form opens with
     * the answers given the last time this task was done. Every read in one read-only transaction, so the
     * case's kept submissions are read once for the brief and the pre-fill.
     */
    private String page(TaskInbox.InboxTask task, FormView typed, Model model) {
        Actor actor = CurrentUser.actor();
        FormDefinition form = form(task.taskDefinitionKey());
        reading.executeWithoutResult(status -> {
            TaskPrefills.Prefill prefill = prefills.of(task.taskDefinitionKey(), task.caseReference(), form);
            FormView view = typed != null ? typed : new FormView(form, prefill.values(), null);
            model.addAttribute("form", view);
            model.addAttribute("errorList", view.errorList());
            model.addAttribute("aboveForm", prefill.aboveForm());
            model.addAttribute("brief", briefs.briefOf(actor, task));
            model.addAttribute("summary", summaries.summaryOf(actor, task));
            model.addAttribute("mayOpenCase", access.mayOpen(actor, task.caseReference()));
        });
        model.addAttribute("task", task);
        model.addAttribute("backLink", "/tasks");
        return "tasks/task";
    }

    private FormDefinition form(String taskKey) {
        return options.resolve(userTasks.formOf(taskKey));
    }

    private static String gone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", TaskNotAvailableException.alreadyCompleted().getMessage());
        return "redirect:/tasks";
    }
}
