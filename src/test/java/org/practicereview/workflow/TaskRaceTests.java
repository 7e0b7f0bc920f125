package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.Agencies;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two coordinators press "complete" on the same triage task at the same moment, each in their own
 * thread and transaction, as two browser requests would: exactly one completes it, the other is told
 * plainly that someone else did, and nothing of the loser's attempt is kept (no second triage, no
 * second submission, one TASK_COMPLETED in the trail, one completion in Camunda's history).
 */
@IntegrationTest
class TaskRaceTests {

    static final int ROUNDS = 5;
    static final Map<String, Object> TRIAGE = Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED");

    private final Actor referrer = Actor.agencyUser("race.referrer", "NORTHSHIRE_HEALTH");
    private final Actor first = Actor.of("race.coordinator.one", Role.PRG_COORDINATOR);
    private final Actor second = Actor.of("race.coordinator.two", Role.PRG_COORDINATOR);

    @Autowired Agencies agencies;
    @Autowired ReferralService referrals;
    @Autowired TaskInbox inbox;
    @Autowired UserTasks userTasks;
    @Autowired Trail trail;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        ReferralExamples.registerDemoAgencies(agencies);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void twoUsersCompletingOneTaskAtOnceGiveOneCompletionAndOnePlainRefusal() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            CaseReference ref = referrals.submitDirect(referrer, ReferralExamples.wholeReferral()).reference();
            String taskId = inbox.forCase(first, ref).stream().filter(t -> t.taskDefinitionKey().equals("Task_TriageReferral"))
                    .findFirst().orElseThrow().id();

            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> attempts = new ArrayList<>();
            for (Actor actor : List.of(first, second)) {
                attempts.add(threads.submit(() -> {
                    go.await();
                    try {
                        userTasks.complete(taskId, actor, TRIAGE);
                        return "completed by " + actor.userId();
                    } catch (TaskNotAvailableException e) {
                        return "refused: " + e.getMessage();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                outcomes.add(attempt.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).as("round %d", round).filteredOn(o -> o.startsWith("completed by ")).hasSize(1);
            assertThat(outcomes).as("round %d", round).filteredOn(o -> o.startsWith("refused: ")).containsExactly(
                    "refused: This task has already been completed by someone else, or is no longer open.");
            String winner = outcomes.stream().filter(o -> o.startsWith("completed by ")).findFirst().orElseThrow()
                    .substring("completed by ".length());

            List<TrailEntry> completions = trail.forCase(ref).stream()
                    .filter(e -> e.is(TrailAction.TASK_COMPLETED) && e.details().startsWith("Task_TriageReferral")).toList();
            assertThat(completions).as("the trail holds one completion, by the winner").singleElement()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo(winner));
            assertThat(count("select count(*) from triage where case_reference = ?", ref)).as("one triage kept").isOne();
            assertThat(count("select count(*) from form_submission where task_id = ?", taskId)).as("one submission kept").isOne();
            assertThat(history.createUserOperationLogQuery().taskId(taskId).operationType("Complete").list())
                    .as("Camunda completed the task once, as the winner").extracting(e -> e.getUserId()).containsOnly(winner);
            assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isOne();
            assertThat(inbox.forCase(first, ref)).extracting(TaskInbox.InboxTask::taskDefinitionKey)
                    .as("the case moved on once").doesNotContain("Task_TriageReferral");
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param instanceof CaseReference c ? c.value() : param).query(Long.class).single();
    }
}
