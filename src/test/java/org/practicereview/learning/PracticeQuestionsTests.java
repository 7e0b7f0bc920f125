package org.practicereview.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.publication.ReviewPublished;
import org.practicereview.review.ActionPlanAgreed;
import org.practicereview.review.ProcessDriver;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follow-up survey: at publication each agency involved in the review is given a day to be asked "what
 * changed in practice?" (six months on, the next working day when that is a bank holiday); the daily job asks
 * on that day and not before, reminds once on the reminder day whoever has not answered; the answer reaches
 * the PRG on the case page and the take-up page, and no other agency.
 */
@IntegrationTest
class PracticeQuestionsTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired PracticeQuestionDays days;
    @Autowired PracticeQuestionsCaseFile caseFile;
    @Autowired Notifications notifications;
    @Autowired Trail trail;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;

    LearningWorld world;
    String socialCare;

    @BeforeEach
    void world() {
        world = new LearningWorld(context);
        socialCare = "learn-social-care-" + world.police.substring("learn-police-".length());
        users.create(new NewUser(socialCare, "Test " + socialCare, socialCare + "@example.org", java.util.Set.of(Role.AGENCY),
                "NORTHSHIRE_CSC", "correct-horse-battery-staple"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachAgencyInvolvedIsAskedOnTheFirstWorkingDayAfterSixMonthsRemindedOnceAndOnlyThePrgReadsEveryAnswer() throws Exception {
        CaseReference ref = ProcessDriver.newCase();
        transactions.executeWithoutResult(t -> events.publishEvent(new ActionPlanAgreed(ref, world.actor(world.coordinator), List.of(
                new ActionPlanAgreed.Item("Police write the protocol.", LearningWorld.POLICE, LocalDate.of(2031, 6, 30), false, false),
                new ActionPlanAgreed.Item("Health trains named nurses.", LearningWorld.HEALTH, LocalDate.of(2031, 6, 30), false, false)))));
        // Published on Thursday 25 June 2026: six months on is Christmas Day, then a weekend and the Boxing Day holiday.
        publish(ref, "Child T", Instant.parse("2026-06-25T10:00:00Z"));

        at("2026-12-28T12:00:00Z");
        days.run();
        assertThat(asked(ref, NotificationKind.PRACTICE_QUESTION)).as("not asked on a bank holiday").isEmpty();
        mvc.perform(get(PracticeQuestions.answerPath(ref.value())).with(world.as(world.police))).andExpect(status().isNotFound());
        CaseFileSection.Parts waiting = (CaseFileSection.Parts) caseFile.sectionsFor(world.actor(world.member), ref).get(0).model();
        assertThat(waiting.parts()).as("the board sees when each agency will be asked")
                .extracting(CaseFileSection.Part::heading, CaseFileSection.Part::byline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Northshire Health Trust", "To be asked on 29 December 2026"),
                        org.assertj.core.groups.Tuple.tuple("Northshire Police", "To be asked on 29 December 2026"));
        assertThat(((CaseFileSection.Parts) caseFile.sectionsFor(world.actor(world.health), ref).get(0).model()).parts())
                .as("an agency learns of its question when it is asked").isEmpty();

        at("2026-12-29T08:00:00Z");
        days.run();
        days.run();
        List<Notification> questions = asked(ref, NotificationKind.PRACTICE_QUESTION);
        assertThat(questions).as("asked once each, the agencies that own the plan's actions")
                .extracting(Notification::recipient).containsExactlyInAnyOrder("agency:" + LearningWorld.POLICE, "agency:" + LearningWorld.HEALTH);
        assertThat(questions).allSatisfy(n -> {
            assertThat(n.link()).isEqualTo("/briefings/" + ref.value() + "/what-changed");
            assertThat(n.body()).contains("Please answer by 27 January 2027").doesNotContain("Child T");
        });
        String home = page("/my-referrals", world.police);
        assertThat(Jsoup.parse(home).select("#what-changed a").eachAttr("href")).contains("/briefings/" + ref.value() + "/what-changed");
        assertThat(Jsoup.parse(page("/my-referrals", socialCare)).select("a[href$=/what-changed]").eachAttr("href"))
                .as("an agency not involved is not asked").doesNotContain("/briefings/" + ref.value() + "/what-changed");
        mvc.perform(get(PracticeQuestions.answerPath(ref.value())).with(world.as(socialCare))).andExpect(status().isNotFound());

        String refused = mvc.perform(post(PracticeQuestions.answerPath(ref.value())).param("whatChanged", "  ")
                .with(world.as(world.police)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Error: What changed in practice", "Enter what changed in your agency&#39;s practice");
        assertThat(answered(ref)).isZero();
        mvc.perform(post(PracticeQuestions.answerPath(ref.value())).param("whatChanged", "Police now hold a joint handover every week.")
                .with(world.as(world.police)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(answered(ref)).isEqualTo(1);

        at("2027-01-26T12:00:00Z");
        days.run();
        assertThat(asked(ref, NotificationKind.PRACTICE_QUESTION_REMINDER)).isEmpty();
        at("2027-01-27T12:00:00Z");
        days.run();
        days.run();
        assertThat(asked(ref, NotificationKind.PRACTICE_QUESTION_REMINDER)).as("reminded once, only the agency that has not answered")
                .extracting(Notification::recipient).containsExactly("agency:" + LearningWorld.HEALTH);

        at("2027-01-28T12:00:00Z");
        CaseFileSection.Parts board = (CaseFileSection.Parts) caseFile.sectionsFor(world.actor(world.member), ref).get(0).model();
        assertThat(board.parts()).extracting(CaseFileSection.Part::heading).containsExactly("Northshire Health Trust", "Northshire Police");
        assertThat(board.parts().get(1).rows()).extracting(CaseFileSection.Row::value)
                .contains("Police now hold a joint handover every week.");
        CaseFileSection.Parts health = (CaseFileSection.Parts) caseFile.sectionsFor(world.actor(world.health), ref).get(0).model();
        assertThat(health.parts()).extracting(CaseFileSection.Part::heading).containsExactly("Northshire Health Trust");

        assertThat(Jsoup.parse(page("/briefings", world.member)).select("#what-changed").text())
                .contains("Serious Case Review (SCR) – Child T", "Northshire Police", "Police now hold a joint handover every week.",
                        "Northshire Health Trust", "Overdue");
        assertThat(page("/briefings", world.health)).doesNotContain("Police now hold a joint handover");
        assertThat(page(PracticeQuestions.answerPath(ref.value()), world.health)).doesNotContain("Police now hold a joint handover");
        assertThat(page(PracticeQuestions.answerPath(ref.value()), world.police)).contains("Police now hold a joint handover every week.")
                .doesNotContain("Send your answer");

        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).contains(TrailAction.PRACTICE_QUESTION_SCHEDULED,
                TrailAction.PRACTICE_QUESTION_ASKED, TrailAction.PRACTICE_QUESTION_ANSWERED, TrailAction.PRACTICE_QUESTION_REMINDED);
        assertThat(trail.forCase(ref)).filteredOn(e -> e.kind() == TrailAction.PRACTICE_QUESTION_SCHEDULED)
                .extracting(TrailEntry::details).contains("Northshire Police, to be asked on 29 December 2026");
        assertThat(trail.forCase(ref)).extracting(TrailEntry::details).noneMatch(d -> d != null && d.contains("handover"));
    }

    /** A review as the publication step leaves it, and its publication announced as the publishing step does. */
    private void publish(CaseReference ref, String pseudonym, Instant at) {
        jdbc.sql("insert into publication_pack (row_version, case_reference, review_type, status, proceedings_open, check_rounds, "
                + "briefing_version, published_at) values (0, ?, 'SCR', 'PUBLISHED', false, 1, 1, ?)")
                .params(ref.value(), Timestamp.from(at)).update();
        long id = jdbc.sql("select id from publication_pack where case_reference = ?").param(ref.value()).query(Long.class).single();
        jdbc.sql("insert into publication_pack_text (pack_id, field_key, text_value) values (?, 'pseudonym', ?), (?, 'themes', 'Neglect')")
                .params(id, pseudonym, id).update();
        transactions.executeWithoutResult(t -> events.publishEvent(new ReviewPublished(ref, "Serious Case Review (SCR) – " + pseudonym, at)));
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    private List<Notification> asked(CaseReference ref, NotificationKind kind) {
        return notifications.forCase(ref).stream().filter(n -> n.kind() == kind).toList();
    }

    private int answered(CaseReference ref) {
        return jdbc.sql("select count(*) from learning_practice_question where case_reference = ? and answer is not null")
                .param(ref.value()).query(Integer.class).single();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(world.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
