package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.documents.TestPdfs;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.incident.NotificationClock;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The serious incident notification of the 2018 route through its task services and pages, started for a referred
 * case as case-review.bpmn calls it: the local authority's awareness and facts, the criteria's answer, the copy
 * uploaded and the notification recorded with the partners told; a looked-after child's death told to Ofsted and
 * the Secretary of State; an incident not notifiable leaves no notice to the national panel. What was entered is
 * on the case page for the partners and beside the notification task.
 */
@IntegrationTest
class SeriousIncidentNotificationTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired Users users;
    @Autowired Notifications outbox;
    @Autowired BoardSettings settings;
    @Autowired NotificationClock notificationClock;
    @Autowired Trail trail;
    @Autowired JdbcClient jdbc;

    CaseWorld world;
    String localAuthority;
    String police;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
        localAuthority = partner("la", Role.PARTNER_LOCAL_AUTHORITY);
        police = partner("police", Role.PARTNER_POLICE);
    }

    @Test
    void theLocalAuthorityNotifiesThePanelWithItsCopyAndThePartnersAreTold() throws Exception {
        CaseReference ref = referred();
        LocalDate aware = LocalDate.now(GovDates.UK).minusDays(1);
        LocalDate due = notificationClock.panelDueOn(aware);
        assertThat(page("/tasks/" + world.task(ref, "Task_RecordAwareness").getId(), localAuthority)).contains(
                "Record when the local authority became aware",
                "The business unit records this for the local authority, or a local authority safeguarding partner records it",
                "Outside England, and the child normally lives in the area");
        world.complete(ref, "Task_RecordAwareness", localAuthority, awareness(aware, "no", "yes", "yes", "no", "IN_AREA"));

        assertThat(world.task(ref, "Task_NotifyPanel")).isNotNull();
        String brief = page("/tasks/" + world.task(ref, "Task_NotifyPanel").getId(), world.coordinator);
        assertThat(brief).contains("Serious incident notification", GovDates.day(aware), "Abuse or neglect known or suspected",
                "In the local authority&#39;s area", "Version 1 (ca2004-s16c-v1)", "Children Act 2004, s.16C(1)",
                GovDates.day(due), "Not uploaded yet", "/cases/" + ref.value() + "/serious-incident/notification-copy")
                .doesNotContain("IN_AREA");
        assertThat(Jsoup.parse(brief).select(".app-task-brief h2").eachText())
                .as("the notification being made first, then the referral it is about")
                .containsExactly("Serious incident notification", "Referral");

        String taskId = world.task(ref, "Task_NotifyPanel").getId();
        assertThatThrownBy(() -> world.complete(ref, "Task_NotifyPanel", localAuthority, notified(aware.minusDays(1), "NP-1")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("must be on or after " + GovDates.day(aware))
                .hasMessageContaining("Upload the copy of the notification (PDF) before you record it");
        assertThat(world.task(ref, "Task_NotifyPanel").getId()).as("nothing completed").isEqualTo(taskId);

        String refused = upload(ref, world.coordinator, TestPdfs.png()).getContentAsString();
        assertThat(refused).contains("There is a problem", "The selected file must be a PDF");
        assertThat(upload(ref, localAuthority, TestPdfs.withPages("Notification to the national panel")).getRedirectedUrl())
                .isEqualTo("/cases/" + ref.value() + "/serious-incident/notification-copy");

        world.complete(ref, "Task_NotifyPanel", localAuthority, notified(LocalDate.now(GovDates.UK), "NP-2026-123"));

        assertThat(variables(ref)).containsEntry("notifiable", true).containsEntry("awarenessDate", aware.toString())
                .containsEntry("panelNotifiedDate", LocalDate.now(GovDates.UK).toString());
        List<Notification> notices = outbox.forCase(ref);
        assertThat(notices).filteredOn(n -> n.kind() == NotificationKind.PANEL_NOTIFIED_NOTICE)
                .extracting(Notification::recipient)
                .containsExactlyInAnyOrder("role:PARTNER_LOCAL_AUTHORITY", "role:PARTNER_ICB", "role:PARTNER_POLICE");
        assertThat(notices).filteredOn(n -> n.kind() == NotificationKind.PANEL_NOTIFIED_NOTICE).allSatisfy(n ->
                assertThat(n.body()).contains("NP-2026-123", GovDates.day(aware), "(on time)").doesNotContain("Smith"));
        assertThat(notices).noneMatch(n -> n.kind() == NotificationKind.LOOKED_AFTER_CHILD_DEATH_NOTICE);

        String casePage = page("/cases/" + ref.value(), police);
        assertThat(casePage).as("every answer of both forms, in words").contains("Looked-after child", "The child died",
                "The child was seriously harmed", "Where the child died or came to harm", "In the local authority&#39;s area");
        assertThat(casePage).contains("Serious incident notification", "The local authority became aware on", GovDates.day(aware),
                "Notification due by", GovDates.day(due), "Notified on", "NP-2026-123", "On time", "Safeguarding partners told",
                "Copy of the notification").doesNotContain("PANEL_NOTIFIED", "IN_AREA");
        assertThat(page("/cases/" + ref.value(), world.coordinator)).contains("/cases/" + ref.value() + "/documents/");
        assertThat(actions(ref)).contains(TrailAction.INCIDENT_AWARENESS_RECORDED, TrailAction.INCIDENT_NOTIFICATION_EVALUATED,
                TrailAction.INCIDENT_NOTIFICATION_COPY_UPLOADED, TrailAction.INCIDENT_PANEL_NOTIFIED);
        assertThat(trail.forCase(ref)).filteredOn(e -> e.is(TrailAction.INCIDENT_NOTIFICATION_EVALUATED))
                .extracting(TrailEntry::details).singleElement().asString()
                .contains("serious-incident-notification", "ca2004-s16c-v1", "Rule_SeriousIncident", GovDates.day(due));
    }

    @Test
    void aLookedAfterChildsDeathIsToldToOfstedAndTheSecretaryOfStateAndNothingGoesToThePanel() throws Exception {
        CaseReference ref = referred();
        world.complete(ref, "Task_RecordAwareness", world.coordinator,
                awareness(LocalDate.now(GovDates.UK), "yes", "no", "yes", "no", "IN_AREA"));

        assertThat(world.task(ref, "Task_NotifyPanel")).isNull();
        assertThat(variables(ref)).containsEntry("notifiable", false).doesNotContainKey("panelNotifiedDate");
        List<Notification> notices = outbox.forCase(ref);
        assertThat(notices).filteredOn(n -> n.kind() == NotificationKind.LOOKED_AFTER_CHILD_DEATH_NOTICE)
                .extracting(Notification::recipient).containsExactlyInAnyOrder(settings.current().ofstedAddress(),
                        settings.current().secretaryOfStateAddress());
        assertThat(notices).as("no notice to the national panel").noneMatch(n -> n.kind() == NotificationKind.PANEL_NOTIFIED_NOTICE
                || settings.current().nationalPanelAddress().equals(n.recipient()));
        assertThat(trail.forCase(ref)).filteredOn(e -> e.is(TrailAction.INCIDENT_NOT_NOTIFIABLE))
                .extracting(TrailEntry::details).singleElement().asString().contains("A looked-after child died");
        assertThat(page("/cases/" + ref.value(), localAuthority)).contains("No: not a notifiable incident",
                "Ofsted and the Secretary of State told on", "Death of a looked-after child");
    }

    @Test
    void anIncidentWithoutAbuseOrNeglectIsNotNotifiableAndNoNoticeIsSent() {
        CaseReference ref = referred();
        world.complete(ref, "Task_RecordAwareness", localAuthority,
                awareness(LocalDate.now(GovDates.UK), "no", "no", "no", "yes", "IN_AREA"));

        assertThat(variables(ref)).containsEntry("notifiable", false);
        assertThat(outbox.forCase(ref)).noneMatch(n -> n.kind() == NotificationKind.PANEL_NOTIFIED_NOTICE
                || n.kind() == NotificationKind.LOOKED_AFTER_CHILD_DEATH_NOTICE
                || settings.current().nationalPanelAddress().equals(n.recipient()));
        assertThat(actions(ref)).contains(TrailAction.INCIDENT_NOT_NOTIFIABLE);
    }

    @Test
    void anAwarenessInTheFutureOrBefore2018IsRefusedAndNothingIsStored() {
        CaseReference ref = referred();
        assertThatThrownBy(() -> world.complete(ref, "Task_RecordAwareness", localAuthority,
                awareness(LocalDate.now(GovDates.UK).plusDays(1), "no", "yes", "yes", "no", "IN_AREA")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("today or in the past");
        assertThatThrownBy(() -> world.complete(ref, "Task_RecordAwareness", localAuthority,
                awareness(LocalDate.of(2018, 6, 28), "no", "yes", "yes", "no", "IN_AREA")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("on or after 29 June 2018");
        assertThat(jdbc.sql("select count(*) from serious_incident_notification where case_reference = ?").param(ref.value())
                .query(Long.class).single()).isZero();
        assertThat(world.task(ref, "Task_RecordAwareness")).isNotNull();
    }

    @Test
    void neitherAnAgencyNorAnotherPartnerMayUploadTheCopy() throws Exception {
        CaseReference ref = referred();
        world.complete(ref, "Task_RecordAwareness", localAuthority,
                awareness(LocalDate.now(GovDates.UK), "no", "yes", "yes", "no", "IN_AREA"));

        assertThat(upload(ref, police, TestPdfs.withPages("Notification")).getStatus()).isEqualTo(404);
        assertThat(upload(ref, world.referrer, TestPdfs.withPages("Notification")).getStatus()).isIn(403, 404);
        assertThat(mvc.perform(get("/cases/" + ref.value()).with(world.as(world.referrer))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Serious incident notification");
    }

    /** A referral as case-review.bpmn leaves it for the 2018 route, with the notification started for it. */
    private CaseReference referred() {
        CaseReference ref = world.referral();
        runtime.startProcessInstanceByKey("serious-incident", ref.value(),
                Map.of("caseReference", ref.value(), "regime", "CSPR_2018"));
        return ref;
    }

    private static Map<String, Object> awareness(LocalDate on, String lookedAfter, String abuse, String died, String harmed,
                                                 String where) {
        return Map.of("becameAwareOn", on.toString(), "lookedAfterChild", lookedAfter, "abuseOrNeglectKnownOrSuspected", abuse,
                "childDied", died, "childSeriouslyHarmed", harmed, "whereHarmed", where);
    }

    private static Map<String, Object> notified(LocalDate on, String reference) {
        return Map.of("panelNotifiedOn", on.toString(), "panelReference", reference);
    }

    private MockHttpServletResponse upload(CaseReference ref, String username, byte[] pdf) throws Exception {
        return mvc.perform(multipart("/cases/" + ref.value() + "/serious-incident/notification-copy")
                .file(new MockMultipartFile("file", "notification.pdf", "application/pdf", pdf))
                .with(world.as(username)).with(csrf())).andReturn().getResponse();
    }

    private Map<String, Object> variables(CaseReference ref) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(ref.value()).processDefinitionKey("serious-incident").singleResult().getId())
                .list().stream().filter(v -> v.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> v.getValue(), (a, b) -> b));
    }

    private List<TrailAction> actions(CaseReference ref) {
        return trail.forCase(ref).stream().map(e -> TrailAction.fromStored(e.action())).toList();
    }

    private String page(String path, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(world.as(username))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String partner(String name, Role role) {
        String username = "partner-" + name + "-" + System.nanoTime() % 1000000;
        users.create(new NewUser(username, "Test partner " + name, username + "@example.org", Set.of(role), null,
                CaseWorld.PASSWORD));
        return username;
    }
}
