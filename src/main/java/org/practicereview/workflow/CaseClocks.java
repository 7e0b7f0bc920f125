package org.practicereview.workflow;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.CaseClockSettings;
import org.practicereview.settings.DeadlineClock;
import org.practicereview.settings.SettingsVersion;
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
    static final Map<String, String> CLOCKS = Map.ofEntries(
            Map.entry("BoundaryEvent_TriageReminder", "Coordinators reminded to triage the referral"),
            Map.entry("BoundaryEvent_TriageOverdue", "Triage due"),
            Map.entry("BoundaryEvent_ReferrerReplyReminder", "Referring agency reminded of the questions"),
            Map.entry("BoundaryEvent_ReferrerReplyOverdue", "Referring agency's answer due"),
            Map.entry("BoundaryEvent_AgencyRequestReminder", "Coordinators reminded to request agency information"),
            Map.entry("BoundaryEvent_AgencyRequestOverdue", "Request for agency information due"),
            Map.entry("BoundaryEvent_ScreeningReminder", "PRG members reminded to screen against the criteria"),
            Map.entry("BoundaryEvent_ScreeningOverdue", "Screening against the criteria due"),
            Map.entry("BoundaryEvent_RecommendationReminder", "PRG members reminded to recommend to the chair"),
            Map.entry("BoundaryEvent_RecommendationOverdue", "Recommendation to the chair due"),
            Map.entry("BoundaryEvent_DecisionOverdue", "Chair's decision due"),
            Map.entry("BoundaryEvent_AgencySummaryReminder", "Agencies reminded of the information request"),
            Map.entry("BoundaryEvent_AgencyReportReminder", "Agencies reminded of the agency report request"),
            Map.entry("BoundaryEvent_AgencyReportsOverdue", "Agency reports due"),
            Map.entry("BoundaryEvent_FollowUpOverdue", "First follow-up action due"),
            Map.entry("BoundaryEvent_ReviewReminder", "Reminder: one month to the six-month review target"),
            Map.entry("BoundaryEvent_ReviewTargetMissed", "Six-month review target"),
            Map.entry("IntermediateTimer_MonitoringDue", "Business unit asked to record the local review's progress"),
            Map.entry("BoundaryEvent_PublicationPackReminder", "Coordinators reminded to prepare the publication pack"),
            Map.entry("BoundaryEvent_PublicationPackOverdue", "Publication pack due"),
            Map.entry("BoundaryEvent_FindingsResolutionReminder", "Coordinators reminded to resolve the anonymisation findings"),
            Map.entry("BoundaryEvent_FindingsResolutionOverdue", "Anonymisation findings to be resolved by"),
            Map.entry("BoundaryEvent_ProceedingsCheckDue", "Publication held: business unit asked whether parallel proceedings have concluded"),
            Map.entry("IntermediateTimer_NoticePeriod", "Notice period ends: publication possible from"),
            Map.entry("BoundaryEvent_AwarenessReminder", "Business unit reminded to record when the local authority became aware"),
            Map.entry("BoundaryEvent_AwarenessOverdue", "Local authority's awareness to be recorded by"),
            Map.entry("BoundaryEvent_PanelNotificationReminder", "Business unit reminded to notify the national panel"),
            Map.entry("BoundaryEvent_PanelNotificationOverdue", "Notification to the national panel due (5 working days from awareness)"),
            Map.entry("BoundaryEvent_PublicationApprovalReminder", "Chair reminded to approve publication"),
            Map.entry("BoundaryEvent_PublicationApprovalOverdue", "Chair's approval of publication due"),
            Map.entry("BoundaryEvent_RapidReviewReminder", "Coordinators reminded to record the rapid review"),
            Map.entry("BoundaryEvent_RapidReviewOverdue", "Rapid review due (15 working days)"),
            Map.entry("BoundaryEvent_ApprovalReminder", "Safeguarding partners reminded to approve the rapid review"),
            Map.entry("BoundaryEvent_ApprovalOverdue", "Safeguarding partners' approval of the rapid review due"),
            Map.entry("BoundaryEvent_PanelResponseChase", "Business unit reminded that the national panel's response is awaited"),
            Map.entry("BoundaryEvent_PanelResponseOverdue", "National panel's response to the rapid review expected"));

    /** The timers whose length the board's settings set, by BPMN id. */
    static final Map<String, DeadlineClock> SETTINGS_CLOCKS = Map.of(
            "BoundaryEvent_DecisionOverdue", DeadlineClock.CHAIR_DECISION,
            "BoundaryEvent_AgencySummaryReminder", DeadlineClock.AGENCY_SUMMARY,
            "IntermediateTimer_NoticePeriod", DeadlineClock.NOTICE_PERIOD);

    /** Who is told which settings version a clock started under: those who decide on the case and audit it. */
    private static final Set<Role> SEE_SETTINGS = EnumSet.of(Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.AUDITOR);

    /** No clock the page names. */
    private static final String NOT_A_CLOCK = "";

    private final CaseInstances instances;
    /** A timer's job definition to the activity of the clock it runs, or {@link #NOT_A_CLOCK}. */
    private final Map<String, String> clockOfDefinition = new ConcurrentHashMap<>();
    private final ManagementService management;
    private final BoardSettings settings;

    CaseClocks(CaseInstances instances, ManagementService management, BoardSettings settings) {
        this.instances = instances;
        this.management = management;
        this.settings = settings;
    }

    @Override
    public Set<String> keys() {
        return Set.of("dates");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        Optional<String> root = instances.running(caseReference, CASE_PROCESS);
        Map<DeadlineClock, String> startedUnder = viewer.roles().stream().anyMatch(SEE_SETTINGS::contains)
                ? startedUnder(caseReference) : Map.of();
        List<Row> rows = root.isEmpty() ? List.of() : clocks(root.get(), startedUnder);
        return List.of(CaseFileSection.of("dates", "Dates and deadlines", 5,
                rows.isEmpty() ? List.of() : List.of(new Part(null, null, rows)), "No deadline is running."));
    }

    private List<Row> clocks(String rootInstanceId, Map<DeadlineClock, String> startedUnder) {
        List<Job> timers = management.createJobQuery().rootProcessInstanceId(rootInstanceId).timers().list();
        if (timers.isEmpty()) {
            return List.of();
        }
        if (timers.stream().anyMatch(j -> j.getJobDefinitionId() != null && !clockOfDefinition.containsKey(j.getJobDefinitionId()))) {
            learnDefinitions(timers);
        }
        return timers.stream().filter(j -> !clockOf(j).equals(NOT_A_CLOCK))
                .sorted(Comparator.comparing(Job::getDuedate))
                .map(j -> row(clockOf(j), j, startedUnder))
                .toList();
    }

    private String clockOf(Job timer) {
        return timer.getJobDefinitionId() == null ? NOT_A_CLOCK : clockOfDefinition.getOrDefault(timer.getJobDefinitionId(), NOT_A_CLOCK);
    }

    /**
     * The clocks' job definitions, read again only when a timer has one not seen before (a new deployment): a
     * job definition's activity never changes, and reading them on every case page cost a statement a page.
     */
    private void learnDefinitions(List<Job> timers) {
        clockOfDefinition.putAll(management.createJobDefinitionQuery()
                .activityIdIn(CLOCKS.keySet().toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId)));
        timers.stream().map(Job::getJobDefinitionId).filter(java.util.Objects::nonNull)
                .forEach(id -> clockOfDefinition.putIfAbsent(id, NOT_A_CLOCK));
    }

    private static Row row(String activityId, Job timer, Map<DeadlineClock, String> startedUnder) {
        String due = GovDates.time(timer.getDuedate().toInstant());
        DeadlineClock clock = SETTINGS_CLOCKS.get(activityId);
        String under = clock == null ? null : startedUnder.get(clock);
        return Row.of(CLOCKS.get(activityId), under == null ? due : due + " — " + under);
    }

    /** Each settings clock of the case, in words, as its latest start recorded it. */
    private Map<DeadlineClock, String> startedUnder(CaseReference caseReference) {
        Map<DeadlineClock, String> words = new EnumMap<>(DeadlineClock.class);
        for (CaseClockSettings started : settings.clocksOf(caseReference)) {
            settings.version(started.settingsVersion()).ifPresent(v -> words.put(started.clock(),
                    "board settings version " + v.version() + ", " + length(started.clock(), v)));
        }
        return words;
    }

    static String length(DeadlineClock clock, SettingsVersion v) {
        return switch (clock) {
            case CHAIR_DECISION -> "decision period " + plural(v.decisionPeriodMonths(), "month");
            case AGENCY_SUMMARY -> "information due in " + plural(v.agencySummaryWorkingDays(), "working day");
            case NOTICE_PERIOD -> "notice period " + plural(v.noticePeriodWorkingDays(), "working day");
        };
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
