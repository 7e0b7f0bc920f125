package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.practicereview.processes.ProcessTesting.CASE;
import static org.practicereview.processes.ProcessTesting.fire;
import static org.practicereview.processes.ProcessTesting.inUk;
import static org.practicereview.processes.ProcessTesting.tasks;
import static org.practicereview.processes.ProcessTesting.timer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.processes.ProcessTesting.AnonymisationFindings;
import org.practicereview.workflow.WorkingDays;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"case-review.bpmn", "scr-review.bpmn", "publication.bpmn", "scr-criteria.dmn"})
class PublicationProcessTest {

    ProcessEngine engine;
    AnonymisationFindings findings = new AnonymisationFindings();

    @BeforeEach
    void packPreparedOnChristmasEve2026() {
        ProcessTesting.clockAt("2026-12-24T10:00");
        ProcessTesting.prepare(engine, findings);
    }

    @AfterEach
    void reset() {
        ProcessTesting.reset();
    }

    @Test
    void startsWithThePublicationPackForTheCoordinator() {
        ProcessInstance publication = start();

        assertThat(publication).hasBusinessKey(CASE).isWaitingAt("Task_PreparePublicationPack");
        assertThat(task("Task_PreparePublicationPack", publication)).hasCandidateGroup("PRG_COORDINATOR");
    }

    @Test
    void generatesTheBriefingWhenTheAnonymisationCheckFindsNothing() {
        ProcessInstance publication = packPrepared(start(), false);

        assertThat(publication).hasPassed("Task_CheckAnonymisation", "Task_GenerateBriefing", "Task_SendPrePublicationNotice")
                .hasNotPassed("Task_ResolveAnonymisationFindings").isWaitingAt("IntermediateTimer_NoticePeriod");
        assertThat(findings.checks()).isEqualTo(1);
    }

    @Test
    void resolvesAnonymisationFindingsAndChecksAgainUntilClear() {
        findings.thenFind(3, 1);
        ProcessInstance publication = packPrepared(start(), false);

        assertThat(publication).isWaitingAt("Task_ResolveAnonymisationFindings").hasNotPassed("Task_GenerateBriefing");
        assertThat(task("Task_ResolveAnonymisationFindings", publication)).hasCandidateGroup("PRG_COORDINATOR");
        complete(task("Task_ResolveAnonymisationFindings", publication));
        assertThat(publication).isWaitingAt("Task_ResolveAnonymisationFindings");
        complete(task("Task_ResolveAnonymisationFindings", publication));

        assertThat(publication).hasPassed("Task_GenerateBriefing").isWaitingAt("IntermediateTimer_NoticePeriod");
        assertThat(findings.checks()).isEqualTo(3);
    }

    @Test
    void holdsPublicationUntilParallelProceedingsConclude() {
        ProcessInstance publication = packPrepared(start(), true);

        assertThat(publication).hasPassed("Task_GenerateBriefing").isWaitingAt("IntermediateCatchEvent_ProceedingsConcluded")
                .hasNotPassed("Task_SendPrePublicationNotice");
        engine.getRuntimeService().createMessageCorrelation("ProceedingsConcluded").processInstanceBusinessKey(CASE).correlate();

        assertThat(publication).hasPassed("Task_SendPrePublicationNotice").isWaitingAt("IntermediateTimer_NoticePeriod");
    }

    @Test
    void waitsFiveWorkingDaysAfterTheNoticeBeforeTheChairApproves() {
        ProcessInstance publication = packPrepared(start(), false);

        Job noticePeriod = timer(engine, publication, "IntermediateTimer_NoticePeriod");
        // From Thu 24 Dec 2026: 25 Dec, the Boxing Day substitute (28 Dec) and 1 Jan do not count.
        assertThat(inUk(noticePeriod.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 1, 5, 17, 0, 0, 0, WorkingDays.UK));
        assertThat(engine.getRuntimeService().getVariable(publication.getId(), "publishNotBefore"))
                .isEqualTo(noticePeriod.getDuedate());
        fire(engine, noticePeriod);

        assertThat(publication).isWaitingAt("Task_ApprovePublication");
        assertThat(task("Task_ApprovePublication", publication)).hasCandidateGroup("CHAIR");
    }

    @Test
    void returnsToThePublicationPackWhenTheChairDoesNotApprove() {
        ProcessInstance publication = awaitingApproval(start());

        complete(task("Task_ApprovePublication", publication), withVariables("publicationApproved", false));

        assertThat(publication).isWaitingAt("Task_PreparePublicationPack").hasNotPassed("Task_PublishReview");
        packPrepared(publication, false);
        assertThat(findings.checks()).isEqualTo(2);
    }

    @Test
    void publishesWhenTheChairApproves() {
        ProcessInstance publication = awaitingApproval(start());

        complete(task("Task_ApprovePublication", publication), withVariables("publicationApproved", true));

        assertThat(publication).hasPassed("Task_PublishReview", "EndEvent_PublicationCompleted").isEnded();
    }

    @Test
    void aLocalReviewsPublicationIsApprovedByEachOfTheThreeSafeguardingPartnersOnTheirOwnTask() {
        ProcessInstance publication = awaitingApproval(startLocalReview());

        List<Task> approvals = tasks(engine, publication, "Task_ApprovePublication");
        assertThat(approvals).hasSize(3);
        assertThat(approvals.stream().map(t -> candidateGroup(t)).toList())
                .containsExactlyInAnyOrder("PARTNER_LOCAL_AUTHORITY", "PARTNER_ICB", "PARTNER_POLICE");
        complete(approvals.get(0), withVariables("publicationApproved", true));
        complete(approvals.get(1), withVariables("publicationApproved", true));
        assertThat(publication).isWaitingAt("Task_ApprovePublication").hasNotPassed("Task_PublishReview");

        complete(approvals.get(2), withVariables("publicationApproved", true));

        assertThat(publication).hasPassed("Task_PublishReview").isEnded();
    }

    @Test
    void aPartnersRefusalReturnsTheLocalReviewsPackOnceAllThreeHaveAnswered() {
        ProcessInstance publication = awaitingApproval(startLocalReview());
        List<Task> approvals = tasks(engine, publication, "Task_ApprovePublication");

        complete(approvals.get(0), withVariables("publicationApproved", false));
        assertThat(publication).as("the other partners still answer").isWaitingAt("Task_ApprovePublication");
        complete(approvals.get(1), withVariables("publicationApproved", false));
        complete(approvals.get(2), withVariables("publicationApproved", false));

        assertThat(publication).isWaitingAt("Task_PreparePublicationPack").hasNotPassed("Task_PublishReview");
    }

    private String candidateGroup(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    }

    private ProcessInstance startLocalReview() {
        return engine.getRuntimeService().startProcessInstanceByKey("publication", CASE, Map.of("caseReference", CASE,
                "reviewType", "LCSPR", "regime", "CSPR_2018"));
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey("publication", CASE, Map.of("caseReference", CASE));
    }

    private ProcessInstance packPrepared(ProcessInstance publication, boolean proceedingsOpen) {
        complete(task("Task_PreparePublicationPack", publication), withVariables("proceedingsOpen", proceedingsOpen));
        return publication;
    }

    private ProcessInstance awaitingApproval(ProcessInstance publication) {
        packPrepared(publication, false);
        fire(engine, timer(engine, publication, "IntermediateTimer_NoticePeriod"));
        return publication;
    }
}
