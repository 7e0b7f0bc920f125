package org.practicereview.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Component;

/**
 * The case's clocks that are still running, each with its date: the engine's pending timers of the
 * case and of the reviews and publication it called. A clock whose step is done has no timer, so a
 * stale deadline is never shown as pending. Three queries, whatever the number of clocks.
 */
@Component
class CaseClocks implements CaseFileSections {

    static final String CASE_PROCESS = "case-review";

    /** The timers people wait on, by BPMN id, in words. */
    static final Map<String, String> CLOCKS = Map.of(
            "BoundaryEvent_DecisionOverdue", "Chair's decision due",
            "BoundaryEvent_AgencySummaryReminder", "Agencies reminded of the information request",
            "BoundaryEvent_AgencyReportReminder", "Agencies reminded of the agency report request",
            "BoundaryEvent_AgencyReportsOverdue", "Agency reports due",
            "BoundaryEvent_FollowUpOverdue", "First follow-up action due",
            "BoundaryEvent_ReviewReminder", "Reminder: one month to the six-month review target",
            "BoundaryEvent_ReviewTargetMissed", "Six-month review target",
            "IntermediateTimer_NoticePeriod", "Notice period ends: publication possible from");

    private final RuntimeService runtime;
    private final ManagementService management;

    CaseClocks(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    @Override
    public Set<String> keys() {
        return Set.of("dates");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        ProcessInstance root = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference.value(), CASE_PROCESS).singleResult();
        List<Row> rows = root == null ? List.of() : clocks(root.getId());
        return List.of(CaseFileSection.of("dates", "Dates and deadlines", 5,
                rows.isEmpty() ? List.of() : List.of(new Part(null, null, rows)), "No deadline is running."));
    }

    private List<Row> clocks(String rootInstanceId) {
        List<Job> timers = management.createJobQuery().rootProcessInstanceId(rootInstanceId).timers().list();
        if (timers.isEmpty()) {
            return List.of();
        }
        Map<String, String> activities = management.createJobDefinitionQuery()
                .activityIdIn(CLOCKS.keySet().toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
        return timers.stream().filter(j -> activities.containsKey(j.getJobDefinitionId()))
                .sorted(Comparator.comparing(Job::getDuedate))
                .map(j -> Row.of(CLOCKS.get(activities.get(j.getJobDefinitionId())), GovDates.time(j.getDuedate().toInstant())))
                .toList();
    }
}
