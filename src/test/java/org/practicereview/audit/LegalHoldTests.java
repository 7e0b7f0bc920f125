package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LegalHoldTests {

    static final Actor SAM = Actor.agencyUser("sam", "NORTHSHIRE_HEALTH");
    static final Actor COORDINATOR = Actor.of("coordinator", Role.PRG_COORDINATOR);
    static final Actor AUDITOR = Actor.of("auditor.hold", Role.AUDITOR);

    @Autowired LegalHolds holds;
    @Autowired ReferralService referrals;
    @Autowired UserTasks userTasks;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    /** A case whose process has ended (merged into another), so its history has a removal time. */
    private CaseReference endedCase() {
        ReferralExamples.registerDemoAgencies(agencies);
        CaseReference original = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();
        CaseReference duplicate = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();
        Map<String, Object> triage = new LinkedHashMap<>(Map.of("complete", "yes", "inArea", "yes", "outcome", "MERGED",
                "duplicateOf", original.value()));
        userTasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(duplicate.value()).singleResult().getId(), COORDINATOR, triage);
        return duplicate;
    }

    private List<HistoricProcessInstance> instances(CaseReference ref) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref.value()).list();
    }

    private void run(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (Job seed : management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list()) {
            management.executeJob(seed.getId());
        }
        for (Job job : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()) {
            management.executeJob(job.getId());
        }
    }

    @Test
    void aHeldCaseHasNoRemovalTimeSoTheHistoryCleanupNeverRemovesIt() {
        CaseReference ref = endedCase();
        assertThat(instances(ref)).isNotEmpty().allSatisfy(p -> assertThat(p.getRemovalTime()).as("time-to-live applies").isNotNull());

        run(holds.place(ref, AUDITOR, "Judicial review pending"));

        assertThat(holds.isHeld(ref)).isTrue();
        assertThat(instances(ref)).allSatisfy(p -> assertThat(p.getRemovalTime()).as("held: never removed").isNull());
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(ref.value()).list())
                .allSatisfy(t -> assertThat(t.getRemovalTime()).isNull());

        run(holds.release(ref, AUDITOR));

        assertThat(holds.isHeld(ref)).isFalse();
        assertThat(instances(ref)).allSatisfy(p -> assertThat(p.getRemovalTime()).as("time-to-live again").isNotNull());
    }

    @Test
    void theTrailRetentionReportNeverListsAHeldCase() {
        CaseReference held = endedCase();
        CaseReference notHeld = endedCase();
        holds.place(held, AUDITOR, "Civil claim");
        TrailRetention thirteenYearsOn = new TrailRetention(jdbc, holds, Clock.offset(clock, Duration.ofDays(13 * 366)), Period.ofYears(12));

        List<String> due = thirteenYearsOn.pastRetention().stream().map(TrailRetention.Due::caseReference).toList();

        assertThat(due).contains(notHeld.value()).doesNotContain(held.value());
        assertThat(jdbc.sql("select count(*) from trail_event where case_reference = ? and action = 'LEGAL_HOLD_PLACED'")
                .param(held.value()).query(Long.class).single()).isEqualTo(1);
    }
}
