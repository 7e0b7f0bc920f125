package org.practicereview.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.publication.Publications;
import org.practicereview.publication.PublishedReview;
import org.practicereview.referral.MyReferral;
import org.practicereview.referral.MyReferrals;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.TaskInbox.InboxTask;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@DemoApplicationTest
@AutoConfigureMockMvc
class DemoDataTests {

    @Autowired Users users;
    @Autowired MyReferrals referrals;
    @Autowired Publications publications;
    @Autowired DemoData demoData;
    @Autowired Agencies agencies;
    @Autowired BoardSettings settings;
    @Autowired TaskInbox inbox;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;

    @Test
    void createsOneUserPerRole() {
        for (Role role : Role.values()) {
            assertThat(users.withRole(role)).as("a demo user with role %s", role).isNotEmpty();
        }
        assertThat(users.find(DemoUsers.AGENCY_POLICE).orElseThrow().agencyCode()).isEqualTo("NSP");
    }

    @Test
    void everyAgencyTheDemoListsHasAMailboxAndSomeoneWhoAnswersForIt() {
        assertThat(agencies.all()).hasSize(7).allSatisfy(agency -> {
            assertThat(users.inGroup(Actor.agencyGroup(agency.code())))
                    .as("a demo user answering for %s", agency.name()).isNotEmpty();
            assertThat(agencies.details(agency.code()).orElseThrow().mailbox()).endsWith("@example.org");
        });
    }

    @Test
    void standsDemoCasesAtEveryStageWithOnePublished() {
        assertThat(demoCases()).extracting(MyReferral::stage).containsExactly(Stage.PUBLISHED, Stage.REVIEW, Stage.DECISION,
                Stage.AGENCY_INFORMATION, Stage.TRIAGE, Stage.CLOSED, Stage.RAPID_REVIEW);
        assertThat(publications.published()).anySatisfy(p -> {
            assertThat(p.pseudonym()).isEqualTo("Child A");
            assertThat(p.title()).contains("Child A");
        });
    }

    @Test
    void theSeriousCaseReviewsKeepTheirRouteAndTheLastCaseFollowsThe2018Arrangements() {
        assertThat(demoCases()).extracting(this::regime).containsExactly(Regime.SCR_2006, Regime.SCR_2006, Regime.SCR_2006,
                Regime.SCR_2006, Regime.SCR_2006, Regime.SCR_2006, Regime.CSPR_2018);
    }

    @Test
    void theBoardMovedToThe2018ArrangementsOnTheDayTheDemoWasBuiltAsItsAdministrator() {
        LocalDate builtOn = LocalDate.now(GovDates.UK);
        assertThat(settings.current().caseRegime().regimeOn(builtOn)).as("a referral made now").isEqualTo(Regime.CSPR_2018);
        assertThat(jdbc.sql("select count(*) from trail_event where actor = ? and action = ?")
                .params(DemoUsers.ADMIN, TrailAction.BOARD_SETTINGS_CHANGED.stored()).query(Long.class).single())
                .as("the change is on the trail, by the demo administrator").isOne();
    }

    @Test
    void theRapidReviewWaitsForTheIcbAndThePolicePartnersOnceTheLocalAuthorityHasApproved() {
        CaseReference ref = demoCases().get(6).reference();
        assertThat(tasks(DemoUsers.PARTNER_LOCAL_AUTHORITY, ref)).doesNotContain("Task_ApproveRapidReview");
        assertThat(tasks(DemoUsers.PARTNER_ICB, ref)).containsExactly("Task_ApproveRapidReview");
        assertThat(tasks(DemoUsers.PARTNER_POLICE, ref)).containsExactly("Task_ApproveRapidReview");
    }

    @Test
    void theRapidReviewCasePageShowsWhatWasRecordedInWords() throws Exception {
        CaseReference ref = demoCases().get(6).reference();
        String page = page("/cases/" + ref.value(), DemoUsers.PARTNER_ICB);
        assertThat(page).contains("Ruby Invented", "Rapid review", "NP-DEMO-0018",
                        "Health held concerns about earlier bruising that the police did not know of.")
                .doesNotContain("CSPR_2018", "Task_ApproveRapidReview", "AGENCIES_TOGETHER", "IMPROVEMENTS", "IN_AREA");
    }

    @Test
    void thePublishedReviewsSurveyIsScheduledFromTheDayItWasPublished() throws Exception {
        CaseReference ref = demoCases().get(0).reference();
        PublishedReview review = publications.publishedReview(ref).orElseThrow();
        LocalDate publishedOn = review.publishedAt().atZone(WorkingDays.UK).toLocalDate();
        assertThat(publishedOn).isEqualTo(LocalDate.now(WorkingDays.UK).minusDays(DemoCases.PUBLISHED_DAYS_AGO));
        LocalDate askOn = workingDays.onOrAfter(publishedOn.plusMonths(settings.current().survey().monthsAfterPublication()));

        assertThat(page("/cases/" + ref.value(), DemoUsers.COORDINATOR))
                .contains("Published " + GovDates.day(publishedOn)).contains("To be asked on " + GovDates.day(askOn));
        assertThat(page("/my-referrals", DemoUsers.AGENCY_HEALTH)).contains("Published " + review.monthYear());
    }

    @Test
    void fillsTheDatabaseOnlyOnce() {
        var referrer = users.find(DemoUsers.AGENCY_HEALTH).orElseThrow().actor();
        int before = referrals.of(referrer).size();
        demoData.fill();
        assertThat(referrals.of(referrer)).hasSize(before);
    }

    /** The seven demo cases are the first referrals, in the order made; browser tests sharing this application add more. */
    private List<MyReferral> demoCases() {
        var referrer = users.find(DemoUsers.AGENCY_HEALTH).orElseThrow().actor();
        return referrals.of(referrer).stream().sorted(Comparator.comparing(r -> r.reference().value())).limit(7).toList();
    }

    private Regime regime(MyReferral referral) {
        return Regime.fromCode(jdbc.sql("select regime from case_file where reference = ?").param(referral.reference().value())
                .query(String.class).single());
    }

    private List<String> tasks(String username, CaseReference ref) {
        return inbox.forCase(users.find(username).orElseThrow().actor(), ref).stream().map(InboxTask::taskDefinitionKey).toList();
    }

    private String page(String path, String username) throws Exception {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        String html = mvc.perform(get(path).with(authentication(new UsernamePasswordAuthenticationToken(user, null,
                user.getAuthorities())))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).text();
    }
}
