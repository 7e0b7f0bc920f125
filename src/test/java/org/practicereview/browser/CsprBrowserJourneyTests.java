package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicereview.browser.CaseSteps.COORDINATOR;
import static org.practicereview.browser.CaseSteps.PASSWORD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practicereview.browser.CaseSteps.Step;
import org.practicereview.demo.DemoApplicationTest;
import org.practicereview.documents.TestPdfs;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A case under the 2018 arrangements taken through the pages from referral to publication: the administrator moves
 * the board to them on the settings page (the board's setting is put back after), the local authority partner
 * uploads the copy of the notification and records it, the agencies answer, the three safeguarding partners approve
 * the rapid review and, after the local review, its publication. Each next person is checked to read what was
 * entered before them, in words, and the case page's stage as it moves on.
 */
@DemoApplicationTest
@ExtendWith(SeriousCaseReviewRoute.class)
class CsprBrowserJourneyTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @TempDir Path files;

    private Browser browser;
    private BrowserSteps steps;
    private CaseReference ref;
    private final LocalDate today = LocalDate.now(GovDates.UK);

    @BeforeEach
    void needsChromium() {
        Browser.requireChromium();
    }

    @Test
    void aCaseUnderThe2018ArrangementsGoesFromReferralToPublicationInTheBrowser() throws Exception {
        try (Browser b = new Browser(port, true)) {
            browser = b;
            steps = new BrowserSteps(browser);
            theAdministratorMovesTheBoardToThe2018Arrangements();
            ref = steps.refer("Amara Browsertest");
            theLocalAuthorityNotifiesTheNationalPanel();
            thePartnersApproveTheRapidReviewAndThePanelAgrees();
            theLocalReviewRuns();
            thePartnersApprovePublication();
        }
    }

    private void theAdministratorMovesTheBoardToThe2018Arrangements() {
        browser.as("demo.admin", PASSWORD);
        browser.open("/admin/settings/edit");
        browser.fill(Map.of("newCaseRegime", "CSPR_2018", "newArrangementsFrom", today.toString()));
        browser.press("Save settings");
        assertThat(browser.text()).contains("Settings saved as version", GovDates.day(today));
    }

    private void theLocalAuthorityNotifiesTheNationalPanel() throws Exception {
        browser.as(COORDINATOR, PASSWORD);
        browser.open("/cases/" + ref.value());
        assertThat(browser.text()).contains("Child safeguarding practice review (2018 arrangements)");
        steps.take(ref, CsprSteps.triage());
        assertThat(stage()).isEqualTo("Serious incident notification");
        LocalDate awareOn = today.minusDays(1);
        steps.take(ref, CsprSteps.awareness(awareOn));

        Step notify = CsprSteps.notifyPanel(today);
        steps.open(ref, notify);
        assertThat(browser.brief()).as("the partner reads the awareness the business unit recorded")
                .contains(GovDates.day(awareOn));
        Path copy = Files.write(files.resolve("notification.pdf"), TestPdfs.withPages("Notification of a serious incident."));
        browser.open("/cases/" + ref.value() + "/serious-incident/notification-copy");
        browser.attach("file", copy);
        browser.press("Upload the copy");
        assertThat(browser.text()).contains("Copy of the notification uploaded", "notification.pdf");
        steps.take(ref, notify);

        browser.as(COORDINATOR, PASSWORD);
        browser.open("/cases/" + ref.value());
        assertThat(browser.text()).contains(CsprSteps.PANEL_REFERENCE, GovDates.day(awareOn), "notification.pdf");
        assertThat(stage()).isEqualTo("Agency information");
        steps.take(ref, CsprSteps.agencyRound());
        assertThat(stage()).isEqualTo("Rapid review");
    }

    private void thePartnersApproveTheRapidReviewAndThePanelAgrees() {
        steps.take(ref, CsprSteps.recordRapidReview(today));
        for (String partner : CsprSteps.PARTNERS) {
            Step approve = CsprSteps.approveRapidReview(partner);
            steps.open(ref, approve);
            assertThat(browser.brief()).as("%s reads the rapid review and the agencies' answers", partner)
                    .contains(CsprSteps.FACTS, CsprSteps.LEARNING, "Commission a local child safeguarding practice review",
                            "Known to the agency since 2025.");
            steps.complete(ref, approve);
        }
        Step response = CsprSteps.panelAgrees(today);
        steps.open(ref, response);
        assertThat(browser.brief()).as("the business unit reads the rapid review it sent").contains(CsprSteps.FACTS);
        steps.complete(ref, response);
        assertThat(stage()).isEqualTo("Review");
        assertThat(browser.text()).contains("The panel agrees that a local review is appropriate.");
    }

    private void theLocalReviewRuns() {
        List<Step> review = CsprSteps.localReview();
        steps.take(ref, review.subList(0, 5));
        Step qa = review.get(5);
        steps.open(ref, qa);
        assertThat(browser.brief()).as("quality assurance reads the improvements the draft recommends")
                .contains(CsprSteps.IMPROVEMENTS);
        steps.complete(ref, qa);
        steps.take(ref, review.subList(6, 8));
        assertThat(stage()).isEqualTo("Publication");
        steps.take(ref, CaseSteps.preparePack(CsprSteps.pack(today)));
        new ServiceSteps(context).daysPass(ref, 15);
    }

    private void thePartnersApprovePublication() {
        browser.as(CaseSteps.CHAIR, PASSWORD);
        browser.open("/tasks");
        assertThat(browser.text()).as("the chair does not approve a local review's publication").doesNotContain(ref.value());
        for (String partner : CsprSteps.PARTNERS) {
            Step approve = CsprSteps.approvePublication(partner);
            steps.open(ref, approve);
            assertThat(browser.brief()).as("%s reads the pack", partner).contains("Child Y");
            steps.complete(ref, approve);
        }
        assertThat(stage()).isEqualTo("Published");

        browser.signOut();
        browser.open("/learning-from-reviews");
        browser.clickLinkContaining("Child Y");
        assertThat(browser.text()).contains("A local review of how agencies shared early concerns about a young child.")
                .doesNotContain("Amara Browsertest");
    }

    /** The case page's stage, as the business unit reads it. */
    private String stage() {
        browser.as(COORDINATOR, PASSWORD);
        browser.open("/cases/" + ref.value());
        return browser.summaryValues("Stage").get(0);
    }
}
