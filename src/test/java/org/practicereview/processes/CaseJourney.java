package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.practicereview.processes.ProcessTesting.CASE;
import static org.practicereview.processes.ProcessTesting.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.practicereview.workflow.WorkingDays;

/** Takes a case through case-review as far as a test needs, the way the coordinator, agencies and PRG would. */
record CaseJourney(ProcessEngine engine, WorkingDays workingDays) {

    /** A referral as cases started before the learning route had it: no learningReferral flag. */
    ProcessInstance submitReferral() {
        return engine.getRuntimeService().startProcessInstanceByKey("case-review", CASE, Map.of(
                "caseReference", CASE,
                "referrer", "referrer.one",
                "referrerAgency", "NORTHSHIRE_HEALTH",
                "decisionDue", workingDays.dueInMonths(1)));
    }

    /** A referral as the referral service starts it now: a serious incident, or one for learning or good practice. */
    ProcessInstance submitReferral(boolean learningReferral) {
        return engine.getRuntimeService().startProcessInstanceByKey("case-review", CASE, Map.of(
                "caseReference", CASE,
                "referrer", "referrer.one",
                "referrerAgency", "NORTHSHIRE_HEALTH",
                "learningReferral", learningReferral,
                "decisionDue", workingDays.dueInMonths(1)));
    }

    ProcessInstance acceptAndAskAgencies(ProcessInstance instance, String... agencies) {
        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "ACCEPTED"));
        assertThat(instance).isWaitingAt("Task_RequestAgencyInformation");
        complete(task("Task_RequestAgencyInformation", instance), withVariables("agencies", List.of(agencies)));
        return instance;
    }

    void startsASecondRound(ProcessInstance instance) {
        complete(task("Task_RequestAgencyInformation", instance), withVariables("agencies", List.of("EDUCATION")));
        assertThat(tasks(engine, instance, "Task_ProvideAgencySummary")).hasSize(1);
    }

    ProcessInstance screened(Map<String, Object> facts) {
        ProcessInstance instance = acceptAndAskAgencies(submitReferral(), "POLICE");
        engine.getTaskService().complete(tasks(engine, instance, "Task_ProvideAgencySummary").get(0).getId());
        complete(task("Task_ScreenAgainstCriteria", instance), facts);
        return instance;
    }

    ProcessInstance atChair(Map<String, Object> facts) {
        ProcessInstance instance = screened(facts);
        complete(task("Task_RecommendToChair", instance));
        return instance;
    }

    ProcessInstance decided(Map<String, Object> facts, String option, boolean reviewCommissioned, String reviewType) {
        ProcessInstance instance = atChair(facts);
        Map<String, Object> decision = new HashMap<>(Map.of("decisionOption", option, "reviewCommissioned", reviewCommissioned));
        decision.put("reviewType", reviewType);
        if ("NO_REVIEW".equals(option)) {
            decision.put("followUpActions", new ArrayList<>(List.of("1", "2")));
        }
        complete(task("Task_RecordScrDecision", instance), decision);
        return instance;
    }

    ProcessInstance reviewOf(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    }
}
