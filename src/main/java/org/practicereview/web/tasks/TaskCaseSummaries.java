package org.practicereview.web.tasks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.decision.Decisions;
import org.practicereview.referral.CaseRecords;
import org.practicereview.screening.Screenings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.CaseInstances;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskInbox.InboxTask;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The short case summary beside a task's form. An agency user answering a request sees the reference
 * and what is asked of their agency only; the board's own roles see where the case stands. Never a
 * name: the summary holds codes, counts and dates.
 */
@Component
class TaskCaseSummaries {

    public record Row(String key, String value) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, String> ASKED_OF_AGENCIES = Map.of(
            "Task_ProvideAgencySummary", "A summary of your agency's involvement with the child and family, and a chronology",
            "Task_SubmitAgencyReport", "Your agency's report for the review: involvement, analysis, learning",
            "Task_ProvideMoreInformation", "Answers to the business unit's questions about your referral");

    private final CaseRecords records;
    private final Screenings screenings;
    private final Decisions decisions;
    private final RuntimeService runtime;
    private final CaseInstances instances;

    TaskCaseSummaries(CaseRecords records, Screenings screenings, Decisions decisions, RuntimeService runtime,
                      CaseInstances instances) {
        this.records = records;
        this.screenings = screenings;
        this.decisions = decisions;
        this.runtime = runtime;
        this.instances = instances;
    }

    List<Row> summaryOf(Actor actor, InboxTask task) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Case reference", task.caseReference().value()));
        if (!boardMember(actor)) {
            rows.add(new Row("Asked of you", ASKED_OF_AGENCIES.getOrDefault(task.taskDefinitionKey(), task.name())));
            return rows;
        }
        CaseReference ref = task.caseReference();
        records.summary(ref).ifPresent(s -> {
            rows.add(new Row("Stage", s.stage().label()));
            rows.add(new Row("Purpose", s.regime().purposeLabel(s.purpose())));
            rows.add(new Row("Law it follows", s.regime().label()));
            rows.add(new Row("Referred", day(s.referredAt())));
            rows.add(new Row("Children", s.children() == 1 ? "1 child" : s.children() + " children"));
        });
        screenings.latest(ref).ifPresent(o -> rows.add(new Row("Criteria result", o.result().inWords())));
        decisionDue(ref).ifPresent(due -> rows.add(new Row("Chair's decision due", day(due))));
        return rows;
    }

    private static boolean boardMember(Actor actor) {
        return actor.has(Role.PRG_COORDINATOR) || actor.has(Role.PRG_MEMBER) || actor.has(Role.CHAIR)
                || actor.has(Role.REVIEWER);
    }

    /** While the chair has yet to decide: once decided, the case file's decision says when it was due. */
    private Optional<Instant> decisionDue(CaseReference ref) {
        if (decisions.latest(ref).isPresent()) {
            return Optional.empty();
        }
        return instances.running(ref, "case-review")
                .map(id -> runtime.getVariable(id, ProcessVariables.DECISION_DUE))
                .filter(Date.class::isInstance).map(d -> ((Date) d).toInstant());
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(WorkingDays.UK));
    }
}
