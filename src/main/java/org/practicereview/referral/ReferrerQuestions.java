package org.practicereview.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.referral.internal.CaseFile;
import org.practicereview.referral.internal.CaseFiles;
import org.practicereview.referral.internal.Triage;
import org.practicereview.referral.internal.Triages;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.FormSubmissions;
import org.practicereview.workflow.FormValidator;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskDrafts;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.UserTasks;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business unit's questions about a referral ("ask the referrer for more" at triage), put to the
 * referring agency: any user or system account of that agency answers them through the task path,
 * in the browser or through the API, and the coordinator may withdraw them with a reason. Either way
 * the referral goes back to triage.
 */
@Service
public class ReferrerQuestions {

    public static final String TASK = "Task_ProvideMoreInformation";
    public static final String ANSWER_FORM = "provide-more-information";
    public static final String WITHDRAWAL_FORM = "withdraw-question";

    /** The questions waiting for the referring agency, and since when. */
    public record OpenQuestion(CaseReference caseReference, String taskId, String questions, Instant askedAt,
                               Optional<Instant> replyBy) {}

    /** An answer taken: the referral is back at triage. */
    public record Answered(CaseReference caseReference, Stage stage, Instant answeredAt) {}

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final UserTasks userTasks;
    private final Triages triages;
    private final CaseFiles caseFiles;
    private final Forms forms;
    private final FormValidator validator;
    private final FormSubmissions submissions;
    private final TaskDrafts drafts;
    private final Trail trail;
    private final Clock clock;

    ReferrerQuestions(TaskService tasks, RuntimeService runtime, UserTasks userTasks, Triages triages, CaseFiles caseFiles,
                      Forms forms, FormValidator validator, FormSubmissions submissions, TaskDrafts drafts, Trail trail,
                      Clock clock) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.runtime = runtime;
        this.userTasks = userTasks;
        this.triages = triages;
        this.caseFiles = caseFiles;
        this.forms = forms;
        this.validator = validator;
        this.submissions = submissions;
        this.trail = trail;
        this.clock = clock;
    }

    /** The open question of the case, if the business unit is waiting for an answer. */
    @Transactional(readOnly = true)
    public Optional<OpenQuestion> open(CaseReference caseReference) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseReference.value())
                .taskDefinitionKey(TASK).active().list();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Task task = open.get(0);
        String questions = triages.latest(caseReference).filter(t -> t.outcome() == Triage.Outcome.MORE_INFORMATION)
                .map(Triage::questionsForReferrer).orElse("");
        return Optional.of(new OpenQuestion(caseReference, task.getId(), questions, task.getCreateTime().toInstant(),
                Optional.ofNullable(task.getDueDate()).map(java.util.Date::toInstant)));
    }

    /**
     * Answers the open question as the actor (a user or the system account of the referring agency),
     * through the task path: the same form, rules and trail as the task page.
     */
    @Transactional
    public Answered answer(Actor actor, CaseReference caseReference, Map<String, ?> values) {
        OpenQuestion question = open(caseReference).orElseThrow(ReferrerQuestions::noOpenQuestion);
        userTasks.complete(question.taskId(), actor, values);
        drafts.discard(question.taskId());
        Stage stage = caseFiles.find(caseReference).map(CaseFile::stage).orElse(Stage.TRIAGE);
        return new Answered(caseReference, stage, clock.instant());
    }

    /**
     * The coordinator withdraws the open question, with a reason (form {@code withdraw-question}): the
     * reason is kept with the case's submissions, shown in its triage section, and the referral goes
     * back to triage. The trail records that it was withdrawn, and by whom.
     */
    @Transactional
    public void withdraw(Actor actor, CaseReference caseReference, Map<String, ?> values) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotPermittedException("Only the PRG coordinator can withdraw a question");
        }
        ValidatedValues reason = validator.validate(forms.get(WITHDRAWAL_FORM), values);
        OpenQuestion question = open(caseReference).orElseThrow(ReferrerQuestions::noOpenQuestion);
        submissions.keep(caseReference, WITHDRAWAL_FORM, question.taskId(), TASK, actor, reason);
        drafts.discard(question.taskId());
        trail.append(caseReference, actor, TrailAction.QUESTION_WITHDRAWN,
                "questions asked " + GovDates.time(question.askedAt()));
        try {
            runtime.createMessageCorrelation(ProcessVariables.MESSAGE_QUESTION_WITHDRAWN)
                    .processInstanceBusinessKey(caseReference.value()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw noOpenQuestion();
        }
    }

    /** What the business unit asks, for the brief beside the answer task. */
    @Transactional(readOnly = true)
    public CaseFileSection whatIsAsked(CaseReference caseReference) {
        List<Part> parts = open(caseReference).map(q -> List.of(new Part(null, "Asked on " + GovDates.time(q.askedAt()),
                List.of(Row.of("Questions from the business unit", q.questions()),
                        Row.of("Reply by", q.replyBy().map(GovDates::time).orElse("No date set")))))).orElse(List.of());
        return CaseFileSection.of("what-is-asked", "What the business unit asks", 20, parts,
                "There is no open question about this referral.");
    }

    private static TaskNotAvailableException noOpenQuestion() {
        return new TaskNotAvailableException("There is no open question about this referral: it was answered or withdrawn.");
    }
}
