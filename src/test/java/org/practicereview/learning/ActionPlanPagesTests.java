package org.practicereview.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.documents.TestPdfs;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.review.ActionPlanAgreed;
import org.practicereview.review.ProcessDriver;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A living action plan through its pages: the business unit adds recommendations and actions (names of
 * agencies, a GOV.UK date), each agency sees and updates only its own actions with evidence, the PRG
 * accepts or asks for more, an overdue action is reminded and says "Overdue", and the plan closes when
 * every action is accepted. Every change is in the trail; refused input stores nothing.
 */
@IntegrationTest
class ActionPlanPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired ActionReminders reminders;
    @Autowired Notifications notifications;
    @Autowired Trail trail;
    @Autowired JdbcClient jdbc;

    LearningWorld world;

    @BeforeEach
    void world() {
        world = new LearningWorld(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theReviewsAgreedPlanOpensTheLivingPlanWithOneActionPerRow() throws Exception {
        CaseReference ref = ProcessDriver.newCase();
        agreed(ref, new ActionPlanAgreed.Item("Agree a protocol for sharing concerns.", LearningWorld.POLICE, LocalDate.of(2031, 6, 30), false, false),
                new ActionPlanAgreed.Item("Train staff in the protocol.", LearningWorld.HEALTH, LocalDate.of(2031, 9, 30), true, false));

        String page = page("/action-plans/" + ref.value(), world.member);
        assertThat(page).contains("Recommendation 1", "Agree a protocol for sharing concerns.", "Northshire Police", "30 June 2031",
                "Not started", "Recommendation 2", "Train staff in the protocol.", "Northshire Health Trust", "In progress")
                .doesNotContain("NORTHSHIRE_POLICE", "NOT_STARTED", "2031-06-30");
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind)
                .contains(TrailAction.ACTION_PLAN_OPENED, TrailAction.PLAN_ACTION_ADDED);
    }

    @Test
    void aPlanIsBuiltOnItsPagesAndRefusedInputStoresNothing() throws Exception {
        CaseReference ref = ProcessDriver.newCase();
        String plan = "/action-plans/" + ref.value();
        mvc.perform(get(plan + "/recommendations/new").with(world.as(world.coordinator))).andExpect(status().isNotFound());
        agreed(ref, new ActionPlanAgreed.Item("Share concerns early.", LearningWorld.HEALTH, LocalDate.of(2031, 6, 30), false, false));
        int before = actionCount();
        int recommendations = jdbc.sql("select count(*) from learning_recommendation").query(Integer.class).single();
        String empty = mvc.perform(post(plan + "/recommendations/new").param("recommendation", " ").with(world.as(world.coordinator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("<title>Error: Add a recommendation", "href=\"#recommendation\"", "Enter the recommendation");
        assertThat(jdbc.sql("select count(*) from learning_recommendation").query(Integer.class).single()).isEqualTo(recommendations);

        addRecommendation(ref, "Agree a protocol for sharing concerns.")
                .andExpect(status().is3xxRedirection());
        String form = page(plan + "/recommendations/2/actions/new", world.coordinator);
        assertThat(form).contains("Northshire Police", "Northshire Health Trust", "Target date").doesNotContain(">NORTHSHIRE_POLICE<");

        String refused = mvc.perform(post(plan + "/recommendations/2/actions/new").param("description", "Write the protocol.")
                        .param("ownerAgency", LearningWorld.POLICE).param("targetDate-day", "31").param("targetDate-month", "2")
                        .param("targetDate-year", "2031").with(world.as(world.coordinator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Error: Add an action", "There is a problem", "href=\"#targetDate\"",
                "The target date must be a real date", "Write the protocol.", "value=\"31\"");
        String past = mvc.perform(post(plan + "/recommendations/2/actions/new").param("description", "")
                        .param("targetDate-day", "1").param("targetDate-month", "1").param("targetDate-year", "2020")
                        .with(world.as(world.coordinator)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("Enter what is to be done", "Select the agency that owns the action",
                "The target date must be today or in the future");
        assertThat(actionCount()).isEqualTo(before);

        addAction(ref, 2, "Write the protocol.", LearningWorld.POLICE, LocalDate.now().plusMonths(3)).andExpect(status().is3xxRedirection());
        assertThat(page(plan, world.coordinator)).contains("Recommendation 2", "Action 2.1", "Write the protocol.", "Northshire Police");
        assertThat(actionCount()).isEqualTo(before + 1);
        for (String notAllowed : List.of(world.member, world.police, world.auditor)) {
            mvc.perform(post(plan + "/recommendations/new").param("recommendation", "More").with(world.as(notAllowed)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind)
                .contains(TrailAction.RECOMMENDATION_ADDED, TrailAction.PLAN_ACTION_ADDED);
    }

    @Test
    void eachAgencyWorksOnItsOwnActionsAndThePrgAcceptsOrAsksForMoreUntilThePlanCloses() throws Exception {
        CaseReference ref = ProcessDriver.newCase();
        String plan = "/action-plans/" + ref.value();
        agreed(ref, new ActionPlanAgreed.Item("Police write the protocol.", LearningWorld.POLICE, LocalDate.now().plusMonths(2), false, false));
        addAction(ref, 1, "Health train named nurses.", LearningWorld.HEALTH, LocalDate.now().plusMonths(4));
        long policeAction = actionId(ref, LearningWorld.POLICE);
        long healthAction = actionId(ref, LearningWorld.HEALTH);

        assertThat(page(plan, world.police)).contains("Police write the protocol.").doesNotContain("Health train named nurses.");
        assertThat(page("/action-plans", world.police)).contains(ref.value());
        mvc.perform(get(plan + "/actions/" + healthAction).with(world.as(world.police))).andExpect(status().isNotFound());
        progress(ref, healthAction, world.police, "done", "Not ours", null).andExpect(status().isNotFound());

        String badFile = progress(ref, policeAction, world.police, "done", "Protocol written.", "Not a PDF".getBytes())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badFile).contains("There is a problem", "The selected file must be a PDF", "Protocol written.");
        assertThat(jdbc.sql("select count(*) from learning_action_update where action_id = ?").param(policeAction)
                .query(Integer.class).single()).isZero();

        progress(ref, policeAction, world.police, "done", "Protocol written and signed.", TestPdfs.withPages("Signed protocol"))
                .andExpect(status().is3xxRedirection());
        String awaiting = page(plan + "/actions/" + policeAction, world.member);
        assertThat(awaiting).contains("Waiting for the PRG to accept", "Protocol written and signed.", "evidence-action-1-1.pdf",
                "Accept the action as done");
        String evidence = awaiting.replaceAll("(?s).*href=\"(/action-plans/[^\"]+/evidence/\\d+)\".*", "$1");
        mvc.perform(get(evidence).with(world.as(world.member))).andExpect(status().isOk());
        mvc.perform(get(evidence).with(world.as(world.health))).andExpect(status().isNotFound());

        String noReason = mvc.perform(post(plan + "/actions/" + policeAction + "/decision").param("outcome", "more")
                        .with(world.as(world.member)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("There is a problem", "Enter what more the agency needs to do or show");
        mvc.perform(post(plan + "/actions/" + policeAction + "/decision").param("outcome", "more")
                        .param("reason", "Show that the protocol reached every team.").with(world.as(world.member)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String backWithAgency = page(plan + "/actions/" + policeAction, world.police);
        assertThat(backWithAgency).contains("The PRG asked for more", "Show that the protocol reached every team.",
                "Record progress", ">Protocol written and signed.</textarea>");

        progress(ref, policeAction, world.police, "done", "Protocol sent to every team; list attached.", TestPdfs.withPages("List"));
        decide(ref, policeAction, "accept");
        progress(ref, healthAction, world.health, "done", "Named nurses trained.", null);
        assertThat(page(plan, world.member)).doesNotContain("Every action was accepted");
        decide(ref, healthAction, "accept");

        assertThat(page(plan, world.auditor)).contains("Closed", "Every action was accepted as done");
        mvc.perform(post(plan + "/recommendations/new").param("recommendation", "More").with(world.as(world.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "The action plan is closed: every action in it was accepted"));
        assertThat(page(plan, world.coordinator)).doesNotContain("Add a recommendation");
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).contains(TrailAction.ACTION_PROGRESS_UPDATED,
                TrailAction.ACTION_EVIDENCE_UPLOADED, TrailAction.ACTION_MORE_ASKED, TrailAction.ACTION_COMPLETION_ACCEPTED,
                TrailAction.ACTION_PLAN_CLOSED);
        assertThat(trail.forCase(ref)).extracting(TrailEntry::details).noneMatch(d -> d != null && d.contains("Protocol"));
    }

    @Test
    void theFollowUpsOfDecisionsNotToReviewAreTrackedBesideThePlansEachAgencySeeingItsOwn() throws Exception {
        CaseReference ref = ProcessDriver.newCase();
        // As the chair's decision not to review leaves them: one for the police, overdue; one for health, done.
        jdbc.sql("insert into follow_up_action (row_version, case_reference, kind, description, owner_agency, due_date, created_by, "
                + "created_at) values (0, ?, 'DISSEMINATE_LEARNING', 'Police brief the response teams on missed visits.', ?, ?, 'the.chair', ?)")
                .params(ref.value(), LearningWorld.POLICE, LocalDate.now().minusDays(3),
                        java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(40)))).update();
        jdbc.sql("insert into follow_up_action (row_version, case_reference, kind, description, owner_agency, due_date, created_by, "
                + "created_at, evidence, completed_by, completed_at) values (0, ?, 'IMMEDIATE_ACTION', 'Health checks the GP register.', ?, ?, "
                + "'the.chair', ?, 'Checked on the register by the named nurse.', 'business.unit', ?)")
                .params(ref.value(), LearningWorld.HEALTH, LocalDate.now().plusDays(10),
                        java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(40))),
                        java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(1)))).update();

        var board = org.jsoup.Jsoup.parse(page("/action-plans", world.member));
        var police = board.select("#follow-ups tr:has(th:contains(" + ref.value() + ")):has(td:contains(Northshire Police)) td").eachText();
        assertThat(police).containsExactly("Share the learning: Police brief the response teams on missed visits.", "Northshire Police",
                org.practicereview.shared.GovDates.day(LocalDate.now().minusDays(3)), "Overdue");
        var health = board.select("#follow-ups tr:has(th:contains(" + ref.value() + ")):has(td:contains(Northshire Health Trust)) td")
                .eachText();
        assertThat(health.get(0)).isEqualTo("Take immediate action: Health checks the GP register.");
        assertThat(health.get(3)).startsWith("Done on ");

        String policePage = page("/action-plans", world.police);
        assertThat(policePage).contains("Police brief the response teams on missed visits.").doesNotContain("Health checks the GP register.");
        assertThat(page("/action-plans", world.health)).contains("Health checks the GP register.")
                .doesNotContain("Police brief the response teams");
    }

    @Test
    void anActionPastItsTargetIsRemindedOnceAndShownAsOverdueInWords() throws Exception {
        CaseReference ref = ProcessDriver.newCase();
        agreed(ref, new ActionPlanAgreed.Item("Police write the protocol.", LearningWorld.POLICE, LocalDate.now().plusDays(20), false, false));
        long action = actionId(ref, LearningWorld.POLICE);

        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(10))));
        reminders.remind();
        assertThat(kinds(ref)).containsExactly(NotificationKind.ACTION_DUE_SOON);

        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(25))));
        reminders.remind();
        List<NotificationKind> once = kinds(ref);
        reminders.remind();
        assertThat(kinds(ref)).as("reminded once, not every day").isEqualTo(once)
                .contains(NotificationKind.ACTION_OVERDUE).containsOnly(NotificationKind.ACTION_DUE_SOON, NotificationKind.ACTION_OVERDUE);
        assertThat(notifications.forCase(ref)).filteredOn(n -> n.kind() == NotificationKind.ACTION_OVERDUE)
                .extracting(Notification::recipient).contains("agency:" + LearningWorld.POLICE);

        String page = page("/action-plans/" + ref.value() + "/actions/" + action, world.police);
        assertThat(page).contains("govuk-tag--red", ">Overdue<", "Overdue reminder");
        assertThat(page("/action-plans", world.coordinator)).contains("1 overdue");
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind)
                .contains(TrailAction.ACTION_DUE_REMINDER_SENT, TrailAction.ACTION_OVERDUE_REMINDER_SENT);
    }

    private void agreed(CaseReference ref, ActionPlanAgreed.Item... items) {
        transactions.executeWithoutResult(t -> events.publishEvent(new ActionPlanAgreed(ref, world.actor(world.coordinator),
                List.of(items))));
    }

    private List<NotificationKind> kinds(CaseReference ref) {
        return notifications.forCase(ref).stream().map(Notification::kind)
                .filter(k -> k == NotificationKind.ACTION_DUE_SOON || k == NotificationKind.ACTION_OVERDUE).toList();
    }

    private ResultActions addRecommendation(CaseReference ref, String text) throws Exception {
        return mvc.perform(post("/action-plans/" + ref.value() + "/recommendations/new").param("recommendation", text)
                .with(world.as(world.coordinator)).with(csrf()));
    }

    private ResultActions addAction(CaseReference ref, int n, String what, String agency, LocalDate target) throws Exception {
        return mvc.perform(post("/action-plans/" + ref.value() + "/recommendations/" + n + "/actions/new").param("description", what)
                .param("ownerAgency", agency).param("targetDate-day", String.valueOf(target.getDayOfMonth()))
                .param("targetDate-month", String.valueOf(target.getMonthValue())).param("targetDate-year", String.valueOf(target.getYear()))
                .with(world.as(world.coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private ResultActions progress(CaseReference ref, long action, String user, String progress, String narrative, byte[] file)
            throws Exception {
        var request = multipart("/action-plans/" + ref.value() + "/actions/" + action + "/progress");
        if (file != null) {
            request.file(new MockMultipartFile("evidence", "Smith family evidence.pdf", "application/pdf", file));
        }
        return mvc.perform(request.param("progress", progress).param("narrative", narrative).with(world.as(user)).with(csrf()));
    }

    private void decide(CaseReference ref, long action, String outcome) throws Exception {
        mvc.perform(post("/action-plans/" + ref.value() + "/actions/" + action + "/decision").param("outcome", outcome)
                .with(world.as(world.member)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private long actionId(CaseReference ref, String agency) {
        return jdbc.sql("select a.id from learning_action a join learning_plan p on p.id = a.plan_id "
                + "where p.case_reference = ? and a.owner_agency = ?").params(ref.value(), agency).query(Long.class).single();
    }

    private int actionCount() {
        return jdbc.sql("select count(*) from learning_action").query(Integer.class).single();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(world.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
