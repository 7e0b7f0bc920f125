package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicereview.browser.CaseSteps.PASSWORD;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.demo.DemoApplicationTest;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The whole journey in the browser: a new case from a referral made in the browser to its published
 * briefing, every task done by its demo user from their task list, axe-core on every kind of page and
 * no internal code on any page; and the referral journey with JavaScript switched off. Skipped where
 * Debian's chromium and chromium-driver are not installed, but failed where the environment variable
 * CI is set (.ci/run installs them). {@link BrowserScenarioTests} runs each part on its own.
 */
@DemoApplicationTest
@ExtendWith(SeriousCaseReviewRoute.class)
class BrowserJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    @BeforeEach
    void needsChromium() {
        Browser.requireChromium();
    }

    @Test
    void anAgencyMakesAReferralWithJavaScriptSwitchedOff() {
        try (Browser browser = new Browser(port, false)) {
            CaseReference ref = new BrowserSteps(browser).refer("Zara Browsertest");
            browser.clickLink("Go to my referrals");
            assertThat(browser.text()).contains(ref.value());
        }
    }

    @Test
    void aSessionThatEndsWhileANarrativeIsTypedLosesNothing() {
        String narrative = "A fictional narrative typed for a long time: the coordinator's notes on this referral.";
        try (Browser browser = new Browser(port, false)) {
            browser.signIn("demo.coordinator", PASSWORD);
            browser.open("/tasks");
            browser.clickLink("Triage referral");
            String task = browser.path();
            browser.type("notes", narrative);
            browser.loseSession();
            browser.press("Complete task");
            assertThat(browser.path()).isEqualTo("/sign-in?session-ended");
            assertThat(browser.text()).contains("Your session ended, so you have been signed out.")
                    .contains("what you had typed has been kept").doesNotContain("You cannot see this page");
            browser.type("username", "demo.coordinator");
            browser.type("password", PASSWORD);
            browser.press("Sign in");
            assertThat(browser.path()).isEqualTo(task);
            assertThat(browser.text()).contains("We have put back what you typed before your session ended");
            assertThat(browser.valueOf("notes")).isEqualTo(narrative);
        }
    }

    @Test
    void everyRoleTakesANewCaseFromReferralToPublicationInTheBrowser() {
        try (Browser browser = new Browser(port, true)) {
            BrowserSteps steps = new BrowserSteps(browser);
            CaseReference ref = steps.refer("Yusuf Browsertest");
            steps.take(ref, CaseSteps.agencyRound(), CaseSteps.screeningAndDecision(), CaseSteps.reviewStarted(),
                    CaseSteps.reviewFinished());
            steps.take(ref, CaseSteps.preparePack(CaseSteps.pack()));
            new ServiceSteps(context).noticePeriodPasses(ref);
            steps.take(ref, CaseSteps.approve());

            browser.signOut();
            browser.open("/learning-from-reviews");
            browser.clickLinkContaining("Child Z");
            assertThat(browser.text()).contains("A review of how agencies shared concerns.")
                    .doesNotContain("Yusuf Browsertest");
            assertThat(browser.downloads().pdfText("/learning-from-reviews/" + ref.value() + "/briefing.pdf"))
                    .contains("Child Z", "Sharing concerns").doesNotContain("Yusuf");
            browser.screenshot("learning-from-reviews");
            assertThat(browser.pagesVisited()).contains("/tasks", "/sign-in", "/learning-from-reviews");
        }
    }
}
