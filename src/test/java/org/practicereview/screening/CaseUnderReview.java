package org.practicereview.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;
import org.practicereview.referral.CaseDetails;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.UserTasks;
import org.practicereview.workflow.WorkingDays;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives a real case-review instance from the agency information request onwards, through
 * {@link UserTasks#complete} as the users would. The referral module's part (registration, triage)
 * is skipped by starting at the request; its {@link CaseDetails} is a test double.
 */
public class CaseUnderReview {

    public static final Actor COORDINATOR = Actor.of("coord1", Role.PRG_COORDINATOR);
    public static final Actor PRG_MEMBER = Actor.of("prg1", Role.PRG_MEMBER);
    public static final Actor CHAIR = Actor.of("chair1", Role.CHAIR);
    public static final String REFERRER_EMAIL = "referrer@police.example.org";
    /** A name the test double knows for the child; no notice may contain it. */
    public static final String CHILD_NAME = "Jamie Testchild";

    private static final AtomicInteger NEXT = new AtomicInteger(9000);

    /** Beans every screening and decision integration test shares, so they share one Spring context. */
    @TestConfiguration
    public static class Configuration {

        @Bean
        @Primary
        CaseDetails testCaseDetails() {
            return new CaseDetails() {
                public IdentifyingDetails identifyingDetails(CaseReference ref) {
                    return new IdentifyingDetails(List.of(CHILD_NAME), List.of(), List.of(), List.of());
                }
                public String referrerEmail(CaseReference ref) { return REFERRER_EMAIL; }
                public Set<String> agenciesInvolved(CaseReference ref) { return Set.of("POLICE", "HEALTH"); }
                public boolean parallelProceedingsOpen(CaseReference ref) { return false; }
                public String purpose(CaseReference ref) { return "SCR_CONSIDERATION"; }
                public java.util.Optional<org.practicereview.shared.ReviewType> learningReview(CaseReference ref) {
                    return java.util.Optional.empty();
                }
            };
        }

        @Bean
        CaseUnderReview caseUnderReview(RuntimeService runtime, TaskService tasks, ManagementService management,
                                        HistoryService history, UserTasks userTasks, Agencies agencies,
                                        WorkingDays workingDays, JdbcClient jdbc) {
            return new CaseUnderReview(runtime, tasks, management, history, userTasks, agencies, workingDays, jdbc);
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final UserTasks userTasks;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;

    CaseUnderReview(RuntimeService runtime, TaskService tasks, ManagementService management, HistoryService history,
                    UserTasks userTasks, Agencies agencies, WorkingDays workingDays, JdbcClient jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.userTasks = userTasks;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
    }

    /** A new accepted case, waiting for the coordinator to request agency information. Returns its process instance id. */
    public Started start() {
        for (String code : List.of("POLICE", "HEALTH", "EDUCATION")) {
            agencies.register(new Agency(code, code.charAt(0) + code.substring(1).toLowerCase() + " service", "TEST"));
        }
        CaseReference ref = CaseReference.of(2026, NEXT.incrementAndGet());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CASE_REFERENCE, ref.value());
        variables.put(ProcessVariables.REFERRER, "referrer1");
        variables.put(ProcessVariables.REFERRER_AGENCY, "NORTHSHIRE_HEALTH");
        variables.put(ProcessVariables.DECISION_DUE, workingDays.dueInMonths(1));
        String id = runtime.createProcessInstanceByKey("case-review").businessKey(ref.value()).setVariables(variables)
                .startBeforeActivity("Task_RequestAgencyInformation").execute().getId();
        return new Started(ref, id);
    }

    public record Started(CaseReference ref, String processInstanceId) {}

    public Task task(Started c, String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(c.ref().value()).taskDefinitionKey(key).list();
        assertThat(open).as("open %s tasks", key).hasSize(1);
        return open.get(0);
    }

    public List<Task> tasks(Started c, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(c.ref().value()).taskDefinitionKey(key).list();
    }

    public void complete(Started c, String key, Actor actor, Map<String, ?> values) {
        completeTask(task(c, key).getId(), actor, values);
    }

    public void completeTask(String taskId, Actor actor, Map<String, ?> values) {
        userTasks.complete(taskId, actor, values);
    }

    public void requestInformation(Started c, String... agencyCodes) {
        complete(c, "Task_RequestAgencyInformation", COORDINATOR, Map.of("agencies", List.of(agencyCodes)));
    }

    public void answer(Started c, String agencyCode) {
        Task task = tasks(c, "Task_ProvideAgencySummary").stream()
                .filter(t -> agencyCode.equals(tasks.getVariable(t.getId(), ProcessVariables.AGENCY))).findFirst().orElseThrow();
        userTasks.complete(task.getId(), Actor.agencyUser(agencyCode.toLowerCase() + "1", agencyCode), Map.of(
                "involvementSummary", "Two contacts with the family in 2026", "chronology", "2026-01-05 home visit",
                "filesSecured", "yes", "workingTogetherConcerns", "no"));
    }

    /** Answers each screening question; {@code yes} lists the facts answered yes. */
    public void screen(Started c, String... yes) {
        Map<String, Object> values = new HashMap<>();
        CriteriaFacts.NAMES.forEach(name -> values.put(name, List.of(yes).contains(name) ? "yes" : "no"));
        values.put("learningNotes", "Information sharing between school and health");
        complete(c, "Task_ScreenAgainstCriteria", PRG_MEMBER, values);
    }

    public void recommend(Started c, String recommendation) {
        complete(c, "Task_RecommendToChair", PRG_MEMBER, Map.of("recommendation", recommendation,
                "rationale", "Criteria considered", "likelyLearning", "Information sharing", "impact", "Family to be told"));
    }

    /** Request, one answer, screening, recommendation: the case waits for the chair. */
    public Started atChairsDecision(String... yes) {
        Started c = start();
        requestInformation(c, "POLICE");
        answer(c, "POLICE");
        screen(c, yes);
        recommend(c, "INITIATE_SCR");
        return c;
    }

    public Job timer(Started c, String activityId) {
        return management.createJobQuery().processInstanceId(c.processInstanceId()).activityId(activityId).timers().singleResult();
    }

    public void fire(Job job) {
        management.executeJob(job.getId());
    }

    /** A process variable's current value, also after the process has ended. */
    public Object variable(Started c, String name) {
        var v = history.createHistoricVariableInstanceQuery().processInstanceId(c.processInstanceId())
                .variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }

    /** The agencies whose summaries are stored for the case, with who submitted them. */
    public List<String> storedSummaries(Started c) {
        return jdbc.sql("select agency_code || ' by ' || submitted_by from agency_summary where case_reference = ? order by id")
                .param(c.ref().value()).query(String.class).list();
    }

    /** Rows in each table, to prove a refused submission wrote nothing. */
    public Map<String, Long> rowCounts(String... tables) {
        Map<String, Long> counts = new HashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
