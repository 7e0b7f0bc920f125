package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.demo.DemoApplicationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The board runs its own service in the browser: the administrator adds an agency, a person who
 * answers for it and a reviewer; the new person signs in with their one-time link, chooses a
 * password and answers an information request for the new agency, then chooses a daily digest of task
 * emails on the account page their name in the header opens; once deactivated they can no
 * longer sign in, and what they sent still shows who sent it.
 */
@DemoApplicationTest
@ExtendWith(SeriousCaseReviewRoute.class)
class AdministrationBrowserTests {

    static final String PASSWORD = "practice-review-demo";
    static final String CHOSEN = "juniper satchel overture";

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired UserTasks userTasks;
    @Autowired Users users;
    @Autowired ReferralService referrals;
    @Autowired Agencies agencies;

    @BeforeEach
    void needsChromium() {
        Browser.requireChromium();
    }

    @Test
    void theAdministratorAddsAnAgencyAndItsPersonWhoSignsInWithTheLinkAndAnswersARequest() {
        try (Browser browser = new Browser(port, true)) {
            browser.signIn("demo.admin", PASSWORD);
            assertThat(browser.path()).isEqualTo("/admin");
            assertThat(browser.heading()).isEqualTo("Administration");

            browser.clickLink("Agencies");
            browser.press("Add an agency");
            browser.fill(Map.of("code", "NYJS", "name", "Northshire Youth Justice Service (fictional)", "sector", "OTHER",
                    "mailbox", "safeguarding.nyjs@example.org"));
            browser.press("Continue");
            assertThat(browser.text()).contains("Check the new agency", "NYJS", "safeguarding.nyjs@example.org");
            browser.press("Add agency");
            assertThat(browser.text()).contains("Agency added", "Nobody yet");

            browser.press("Add a person for this agency");
            browser.fill(Map.of("username", "test.youth-justice", "displayName", "Ash Browsertest (Youth Justice)",
                    "email", "ash.browsertest@example.org"));
            browser.press("Continue");
            assertThat(browser.text()).contains("Check the new account", "Northshire Youth Justice Service (fictional) (NYJS)");
            browser.fill(Map.of("signIn", "link"));
            browser.press("Add account");
            String link = browser.elementText("sign-in-link");
            assertThat(link).contains("/sign-in/link/");

            browser.open("/admin/people/new");
            browser.fill(Map.of("username", "test.reviewer-two", "displayName", "Sky Browsertest (Lead Reviewer)",
                    "email", "sky.browsertest@example.org", "roles", List.of("REVIEWER")));
            browser.press("Continue");
            browser.fill(Map.of("signIn", "temporary-password", "temporaryPassword", "lantern thimble compass"));
            browser.press("Add account");
            assertThat(browser.text()).contains("Give them the temporary password you chose");
            browser.signOut();

            browser.open(link.substring(link.indexOf("/sign-in/link/")));
            browser.fill(Map.of("password", CHOSEN, "confirmation", CHOSEN));
            browser.press("Set password");
            assertThat(browser.text()).contains("Your password is set");

            String ref = caseAskingTheNewAgency();
            browser.signIn("test.youth-justice", CHOSEN);
            browser.open("/tasks");
            browser.clickLinkInRow(ref, "Provide agency summary");
            browser.fill(Map.of("involvementSummary", "Known to youth justice since 2025.", "chronology", "2025: one referral.",
                    "filesSecured", "yes", "workingTogetherConcerns", "no"));
            browser.press("Complete task");
            assertThat(browser.text()).contains("Provide agency summary completed for " + ref);
            assertThat(browser.text()).as("task emails live on the account page, not in the menu").doesNotContain("Task emails");
            browser.clickLink("Ash Browsertest (Youth Justice)");
            assertThat(browser.heading()).isEqualTo("Your account");
            assertThat(browser.text()).contains("test.youth-justice", "Northshire Youth Justice Service (fictional)", "Agency",
                    "An email for each task update");
            browser.clickLink("Change task emails");
            browser.fill(Map.of("taskEmails", "digest"));
            browser.press("Save");
            assertThat(browser.heading()).isEqualTo("Your account");
            assertThat(browser.text()).contains("One email each working day, listing your task updates");
            browser.signOut();

            browser.signIn("demo.admin", PASSWORD);
            browser.open("/admin/people/test.youth-justice");
            browser.press("Deactivate account");
            browser.press("Deactivate account");
            assertThat(browser.text()).contains("Account deactivated", "Deactivated");
            browser.signOut();

            browser.signIn("test.youth-justice", CHOSEN);
            assertThat(browser.text()).contains("Enter a correct username and password");

            browser.signIn("demo.coordinator", PASSWORD);
            browser.open("/cases/" + ref);
            assertThat(browser.text()).contains("Northshire Youth Justice Service (fictional)", "Sent by Ash Browsertest (Youth Justice)")
                    .doesNotContain("Sent by test.youth-justice");
            assertThat(List.of("/admin", "/admin/agencies/new", "/admin/people/new", "/account", "/account/email"))
                    .as("kinds of page axe-core passed in this JVM").allMatch(Browser::checkedInThisJvm)
                    .allMatch(browser.pagesVisited()::contains);
        }
    }

    @Test
    void theAdministratorSetsTheDayThePartnershipStartedThe2018ArrangementsAndTheNextCaseFollowsThem() {
        try (Browser browser = new Browser(port, true)) {
            browser.signIn("demo.admin", PASSWORD);
            browser.open("/admin/settings");
            assertThat(browser.text()).contains("Law new cases follow", "Serious case review (LSCB Regulations 2006)",
                    "SI 2018/789");
            browser.open("/admin/settings/edit");
            assertThat(browser.text()).contains("The law new cases follow");
            browser.fill(Map.of("newCaseRegime", "CSPR_2018", "newArrangementsFrom", "2017-04-01"));
            browser.press("Save settings");
            assertThat(browser.text()).contains("There is a problem",
                    "The date the partnership started the 2018 arrangements must be on or after 29 June 2018");
            java.time.LocalDate today = java.time.LocalDate.now(org.practicereview.shared.GovDates.UK);
            browser.fill(Map.of("newArrangementsFrom", today.toString()));
            browser.press("Save settings");
            assertThat(browser.text()).contains("Settings saved as version", org.practicereview.shared.GovDates.day(today));
            browser.signOut();

            String ref = referrals.submitDirect(users.find("demo.health").orElseThrow().actor(), ReferralExamples.wholeReferral())
                    .reference().value();
            browser.signIn("demo.coordinator", PASSWORD);
            browser.open("/cases/" + ref);
            assertThat(browser.text()).contains("Law it follows", "Child safeguarding practice review (2018 arrangements)");
            assertThat(List.of("/admin/settings", "/admin/settings/edit"))
                    .as("kinds of page axe-core passed in this JVM").allMatch(Browser::checkedInThisJvm)
                    .allMatch(browser.pagesVisited()::contains);
        }
    }

    /**
     * A new serious case referred by the demo's health trust, triaged and sent to the new agency by the
     * coordinator. (The demo's own just-referred case is a good-practice referral, which no agency is asked about.)
     */
    private String caseAskingTheNewAgency() {
        Actor coordinator = users.find("demo.coordinator").orElseThrow().actor();
        ReferralExamples.registerDemoAgencies(agencies); // the agencies the example referral names
        String ref = referrals.submitDirect(users.find("demo.health").orElseThrow().actor(), ReferralExamples.wholeReferral())
                .reference().value();
        Task triage = taskService.createTaskQuery().processVariableValueEquals("caseReference", ref)
                .taskDefinitionKey("Task_TriageReferral").singleResult();
        userTasks.complete(triage.getId(), coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        Task request = taskService.createTaskQuery().processInstanceId(triage.getProcessInstanceId())
                .taskDefinitionKey("Task_RequestAgencyInformation").singleResult();
        userTasks.complete(request.getId(), coordinator, Map.of("agencies", List.of("NYJS")));
        return ref;
    }
}
