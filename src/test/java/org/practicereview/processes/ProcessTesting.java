package org.practicereview.processes;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.practicereview.rapidreview.RapidReviewClock;
import org.practicereview.rapidreview.RapidReviewPartners;
import org.practicereview.settings.RapidReviewStart;
import org.practicereview.workflow.EngineClock;
import org.practicereview.settings.WorkingDayTargets;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.ReviewClock;
import org.practicereview.workflow.ReviewMonitoring;
import org.practicereview.workflow.StepTargets;
import org.practicereview.workflow.WorkingDays;

/**
 * What every process test needs: the engine clock set in UK time, the real working-day calendar and
 * fakes for the delegates, which set the routing variables the real ones would. The fakes stand in
 * for Spring beans, so the diagrams are tested without a Spring context.
 */
final class ProcessTesting {

    static final String CASE = "PR-2026-0001";

    private ProcessTesting() {}

    /** The moment {@code isoLocal} (e.g. {@code 2026-12-14T10:00}) on a UK wall clock. */
    static Date ukTime(String isoLocal) {
        return Date.from(LocalDateTime.parse(isoLocal).atZone(WorkingDays.UK).toInstant());
    }

    static ZonedDateTime inUk(Date date) {
        return date.toInstant().atZone(WorkingDays.UK);
    }

    static void clockAt(String isoLocal) {
        ClockUtil.setCurrentTime(ukTime(isoLocal));
    }

    /** Prepares the engine for a test: assertions bound to it, delegates registered. */
    static WorkingDays prepare(ProcessEngine engine, AnonymisationFindings findings) {
        BpmnAwareTests.init(engine);
        WorkingDays workingDays = new WorkingDays(new EngineClock());
        Mocks.register("workingDays", workingDays);
        Mocks.register("reviewClock", new ReviewClock(workingDays));
        Mocks.register("reviewMonitoring", new ReviewMonitoring(workingDays, 4));
        Mocks.register("stepTargets", new StepTargets(workingDays, () -> WorkingDayTargets.DEFAULTS));
        Mocks.register("publicationApprovers", new org.practicereview.publication.PublicationApprovers());
        for (String name : List.of("registerReferral", "mergeReferral", "sendAgencyReminder", "escalateOverdueDecision",
                "notifyDecision", "sendReviewReminder", "escalateReviewOverdue", "generateBriefing", "publishReview",
                "sendAgencyReportReminder", "escalateAgencyReportsOverdue", "escalateFollowUpOverdue", "sendStepReminder",
                "escalateOverdueStep", "askWhetherProceedingsConcluded", "askForReviewMonitoring")) {
            Mocks.register(name, (JavaDelegate) execution -> { });
        }
        for (String name : List.of("askAgencyForSummary", "askAgencyForReport")) {
            Mocks.register(name, (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        }
        Mocks.register("recordCriteriaResult", recordCriteriaResult());
        Mocks.register("commissionLearningReview", (JavaDelegate) execution -> {
            execution.setVariable(ProcessVariables.REVIEW_COMMISSIONED, true);
            execution.setVariable(ProcessVariables.REVIEW_TYPE, "GOOD_PRACTICE");
        });
        Mocks.register("followUps", new FakeFollowUps(workingDays));
        Mocks.register("checkAnonymisation", findings);
        Mocks.register("sendPrePublicationNotice", (JavaDelegate) execution ->
                execution.setVariable(ProcessVariables.PUBLISH_NOT_BEFORE, workingDays.dueIn(5)));
        rapidReviewStartsFrom(workingDays, RapidReviewStart.AWARENESS);
        Mocks.register("rapidReviewPartners", new RapidReviewPartners());
        Mocks.register("sendRapidReviewToPanel", (JavaDelegate) execution ->
                execution.setVariable(ProcessVariables.RAPID_REVIEW_SENT, workingDays.now()));
        return workingDays;
    }

    /** The rapid review's clock with the board's setting of the day its 15 working days count from. */
    static void rapidReviewStartsFrom(WorkingDays workingDays, RapidReviewStart start) {
        Mocks.register("rapidReviewClock", new RapidReviewClock(workingDays, () -> start));
    }

    static void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** Like the real delegate, lifts the DMN result into the routing variable. */
    private static JavaDelegate recordCriteriaResult() {
        return execution -> {
            Map<?, ?> outcome = (Map<?, ?>) execution.getVariable(ProcessVariables.CRITERIA_OUTCOME);
            execution.setVariable(ProcessVariables.CRITERIA_RESULT, outcome.get("criteriaResult"));
        };
    }

    static List<Task> tasks(ProcessEngine engine, ProcessInstance instance, String activityId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).list();
    }

    static Job timer(ProcessEngine engine, ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult();
    }

    /** Moves the clock to the timer's due moment and fires it, as the job executor would. */
    static void fire(ProcessEngine engine, Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
    }

    /** The checkAnonymisation fake: reports the prepared numbers of findings in turn, then none. */
    static final class AnonymisationFindings implements JavaDelegate {

        private final Deque<Integer> counts = new ArrayDeque<>();
        private int checks;

        AnonymisationFindings thenFind(int... findings) {
            for (int f : findings) {
                counts.add(f);
            }
            return this;
        }

        int checks() {
            return checks;
        }

        @Override
        public void execute(DelegateExecution execution) {
            checks++;
            Integer next = counts.poll();
            execution.setVariable(ProcessVariables.ANONYMISATION_FINDINGS, next == null ? 0 : next);
        }
    }
}
