package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.WorkingDayTargets;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The board's step targets as people meet them: the date on the case page, the reminder to the task's
 * people the working day before, the business unit told with its way out when the date passes, each in
 * the trail in words; a target the administrator changes applies to the next task.
 */
@IntegrationTest
class StepTargetsTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Trail trail;
    @Autowired Notifications notifications;
    @Autowired BoardSettings settings;
    @Autowired WorkingDays workingDays;

    CaseWorld world;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    @Test
    void triageIsDueOnTheBoardsTargetItsPeopleAreRemindedAndTheBusinessUnitToldWhenItPasses() throws Exception {
        CaseReference ref = world.referral();
        Task triage = world.task(ref, "Task_TriageReferral");
        String due = GovDates.time(triage.getDueDate().toInstant());
        assertThat(triage.getDueDate()).isEqualTo(workingDays.dueIn(settings.current().targets().triage()));
        assertThat(page(ref)).contains("Triage due", "Coordinators reminded to triage the referral", due);

        runTimer(ref, "BoundaryEvent_TriageReminder");
        assertThat(sent(ref, NotificationKind.STEP_REMINDER)).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("role:PRG_COORDINATOR");
            assertThat(n.subject()).isEqualTo("Reminder: Triage referral, case " + ref.value() + ", is due by " + due);
        });
        assertThat(events(ref, TrailAction.STEP_REMINDER_SENT)).extracting(TrailEntry::details)
                .containsExactly("Triage referral, due by " + due);

        runTimer(ref, "BoundaryEvent_TriageOverdue");
        assertThat(sent(ref, NotificationKind.STEP_OVERDUE)).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(settings.current().businessUnitAddress());
            assertThat(n.body()).contains("was due by " + due, "reassign the task");
        });
        assertThat(events(ref, TrailAction.STEP_OVERDUE_ESCALATED)).extracting(TrailEntry::details)
                .containsExactly("Triage referral, was due by " + due);
        assertThat(world.task(ref, "Task_TriageReferral")).as("still open for the coordinator").isNotNull();
    }

    @Test
    void theReferringAgencyIsRemindedOfTheQuestionsAndTheBusinessUnitToldItMayWithdrawThem() {
        CaseReference ref = world.referral();
        world.complete(ref, "Task_TriageReferral", world.coordinator, Map.of("complete", "no", "inArea", "yes",
                "outcome", "MORE_INFORMATION", "questionsForReferrer", "Which school does the child attend?"));
        String agencyGroup = tasks.getIdentityLinksForTask(world.task(ref, "Task_ProvideMoreInformation").getId()).get(0).getGroupId();

        runTimer(ref, "BoundaryEvent_ReferrerReplyReminder");
        runTimer(ref, "BoundaryEvent_ReferrerReplyOverdue");

        assertThat(sent(ref, NotificationKind.STEP_REMINDER)).extracting(Notification::recipient).containsExactly(agencyGroup);
        assertThat(sent(ref, NotificationKind.STEP_OVERDUE)).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("withdraw the question, with a reason"));
    }

    @Test
    void aTargetTheAdministratorChangesAppliesToTheNextTaskAndTheRunningOneKeepsItsDate() {
        CaseReference before = world.referral();
        var running = world.task(before, "Task_TriageReferral").getDueDate();
        SettingsChange now = settings.current().values();
        WorkingDayTargets t = now.targets();
        settings.change(new SettingsChange(now.boardName(), now.nationalPanelAddress(), now.ofstedAddress(), now.chairAddress(),
                now.businessUnitAddress(), now.boardMembersAddress(), now.region(), now.agencySummaryWorkingDays(),
                now.decisionPeriodMonths(), now.noticePeriodWorkingDays(), new WorkingDayTargets(4, t.agencyRequest(),
                t.screening(), t.recommendation(), t.referrerReply(), t.publication())), "settings.test");

        CaseReference after = world.referral();

        assertThat(world.task(before, "Task_TriageReferral").getDueDate()).isEqualTo(running);
        assertThat(world.task(after, "Task_TriageReferral").getDueDate()).isEqualTo(workingDays.dueIn(4));
    }

    private String page(CaseReference ref) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/" + ref.value()).with(world.as(world.coordinator)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private void runTimer(CaseReference ref, String activityId) {
        String root = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value(), "case-review")
                .singleResult().getId();
        management.executeJob(management.createJobQuery().rootProcessInstanceId(root).activityId(activityId).timers()
                .singleResult().getId());
    }

    private List<Notification> sent(CaseReference ref, NotificationKind kind) {
        return notifications.forCase(ref).stream().filter(n -> n.kind() == kind).toList();
    }

    private List<TrailEntry> events(CaseReference ref, TrailAction action) {
        return trail.forCase(ref).stream().filter(e -> e.is(action)).toList();
    }
}
