package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.screening.CriteriaFacts;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.CaseClockSettings;
import org.practicereview.settings.DeadlineClock;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.UserTasks;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chair's decision period changed in the board's settings while a case is running: the case
 * keeps the period its clock started with at referral, down to the due date of the chair's task
 * created after the change; a case referred after the change gets the new period.
 */
@IntegrationTest
class DecisionPeriodSettingsTests {

    static final Actor REFERRER = Actor.agencyUser("period.referrer", "NORTHSHIRE_HEALTH");
    static final Actor POLICE = Actor.agencyUser("period.police", "NORTHSHIRE_POLICE");
    static final Actor COORDINATOR = Actor.of("period.coordinator", Role.PRG_COORDINATOR);
    static final Actor MEMBER = Actor.of("period.member", Role.PRG_MEMBER);

    @Autowired ReferralService referrals;
    @Autowired UserTasks userTasks;
    @Autowired TaskService tasks;
    @Autowired BoardSettings settings;
    @Autowired WorkingDays workingDays;
    @Autowired Agencies agencies;

    @BeforeEach
    void agencies() {
        ReferralExamples.registerDemoAgencies(agencies);
    }

    @Test
    void changingTheDecisionPeriodDoesNotMoveTheDueDateOfACaseAlreadyReferred() {
        SettingsVersion old = settings.current();
        assertThat(old.decisionPeriodMonths()).isEqualTo(1);
        CaseReference before = referrals.submitDirect(REFERRER, ReferralExamples.wholeReferral()).reference();

        SettingsChange c = old.values();
        SettingsVersion changed = settings.change(new SettingsChange(c.boardName(), c.nationalPanelAddress(), c.ofstedAddress(),
                c.chairAddress(), c.businessUnitAddress(), c.boardMembersAddress(), c.region(), c.agencySummaryWorkingDays(), 3,
                c.noticePeriodWorkingDays(), c.targets()), "period.admin");

        Task chairsTask = toTheChair(before);
        assertThat(chairsTask.getDueDate()).as("the chair's task created after the change").isEqualTo(workingDays.dueInMonths(1));

        CaseReference after = referrals.submitDirect(REFERRER, ReferralExamples.wholeReferral()).reference();
        assertThat(toTheChair(after).getDueDate()).isEqualTo(workingDays.dueInMonths(3));

        assertThat(settings.clocksOf(before)).filteredOn(k -> k.clock() == DeadlineClock.CHAIR_DECISION)
                .extracting(CaseClockSettings::settingsVersion).containsExactly(old.version());
        assertThat(settings.clocksOf(after)).filteredOn(k -> k.clock() == DeadlineClock.CHAIR_DECISION)
                .extracting(CaseClockSettings::settingsVersion).containsExactly(changed.version());
    }

    /** Triage, one agency's summary, screening and the PRG's recommendation: the chair's task is open. */
    private Task toTheChair(CaseReference ref) {
        complete(ref, "Task_TriageReferral", COORDINATOR, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        complete(ref, "Task_RequestAgencyInformation", COORDINATOR, Map.of("agencies", List.of("NORTHSHIRE_POLICE")));
        complete(ref, "Task_ProvideAgencySummary", POLICE, Map.of("involvementSummary", "Two contacts in 2026",
                "chronology", "2026-01-05 home visit", "filesSecured", "yes", "workingTogetherConcerns", "no"));
        Map<String, Object> facts = new HashMap<>();
        CriteriaFacts.NAMES.forEach(name -> facts.put(name, "no"));
        facts.put(ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, "yes");
        facts.put(ProcessVariables.CHILD_SERIOUSLY_HARMED, "yes");
        facts.put("learningNotes", "Information sharing between school and health");
        complete(ref, "Task_ScreenAgainstCriteria", MEMBER, facts);
        complete(ref, "Task_RecommendToChair", MEMBER, Map.of("recommendation", "INITIATE_SCR", "rationale", "Criteria met",
                "likelyLearning", "Information sharing", "impact", "None"));
        return open(ref, "Task_RecordScrDecision");
    }

    private void complete(CaseReference ref, String key, Actor actor, Map<String, ?> values) {
        userTasks.complete(open(ref, key).getId(), actor, values);
    }

    private Task open(CaseReference ref, String key) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open %s of %s", key, ref).isNotNull();
        return task;
    }
}
