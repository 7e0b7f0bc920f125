package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.practicereview.demo.DemoApplicationTest;
import org.practicereview.documents.TestPdfs;
import org.practicereview.learning.ActionReminders;
import org.practicereview.publication.Publications;
import org.practicereview.shared.GovDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Learning into practice (issue 19), in headless Chromium with axe-core on every kind of page: the business
 * unit adds three actions owned by two agencies to the published review's action plan; the police report one
 * done with a PDF of evidence and the PRG accepts it; health report another done and it is accepted, closing
 * it; the third passes its target, is reminded and shows red with the word "Overdue"; the police record a use
 * of the briefing and the board's dashboard counts it.
 */
@DemoApplicationTest
class LearningBrowserTests {

    static final String POLICE = "demo.police";
    static final String HEALTH = "demo.health";

    @LocalServerPort int port;
    @Autowired Publications publications;
    @Autowired ActionReminders reminders;

    @Test
    void anActionPlanIsTrackedToEvidenceAndABriefingUseIsCountedOnTheDashboard() throws Exception {
        Browser.requireChromium();
        String ref = publications.published().get(0).caseReference();
        LocalDate today = LocalDate.now(GovDates.UK);
        Path evidence = Files.createTempFile("evidence", ".pdf");
        Files.write(evidence, TestPdfs.withPages("Training register: 24 officers trained in the handover protocol."));

        try (Browser browser = new Browser(port, true)) {
            browser.as(CaseSteps.COORDINATOR, CaseSteps.PASSWORD);
            browser.open("/action-plans/" + ref);
            browser.press("Add a recommendation");
            browser.fill(Map.of("recommendation", "Agencies share concerns about a child at the point they arise."));
            browser.press("Continue");
            String newAction = browser.path();
            assertThat(newAction).matches("/action-plans/.+/recommendations/\\d+/actions/new");
            add(browser, newAction, "Police train officers in the handover protocol.", "NSP", today.plusDays(30));
            add(browser, newAction, "Health visitors check the shared record at each visit.", "NHT", today.plusDays(5));
            add(browser, newAction, "Health write the referral pathway into their induction.", "NHT", today.plusDays(30));
            List<String> links = browser.links("/action-plans/" + ref + "/actions/");
            List<String> ours = links.subList(links.size() - 3, links.size());
            String trained = ours.get(0), checked = ours.get(1), pathway = ours.get(2);

            browser.as(POLICE, CaseSteps.PASSWORD);
            browser.open(trained);
            browser.fill(Map.of("progress", "done", "narrative", "Every response officer has been trained."));
            browser.attach("evidence", evidence);
            browser.press("Record progress");
            browser.open(pathway);
            assertThat(browser.title()).startsWith("Page not found");

            browser.as(HEALTH, CaseSteps.PASSWORD);
            browser.open(pathway);
            browser.fill(Map.of("progress", "done", "narrative", "The pathway is in the induction pack."));
            browser.press("Record progress");

            browser.as(CaseSteps.MEMBER, CaseSteps.PASSWORD);
            for (String action : List.of(trained, pathway)) {
                browser.open(action);
                assertThat(browser.text()).contains("Waiting for the PRG to accept");
                browser.fill(Map.of("outcome", "accept"));
                browser.press("Save");
            }
            browser.open(trained);
            assertThat(browser.text()).contains("Done and accepted", "evidence-action-", "Every response officer has been trained.");

            ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(10))));
            reminders.remind();
            browser.as(CaseSteps.COORDINATOR, CaseSteps.PASSWORD);
            browser.open("/action-plans/" + ref);
            Element overdue = row(browser, checked);
            assertThat(overdue.select(".govuk-tag--red").text()).contains("Overdue");
            assertThat(overdue.text()).contains("Northshire Health");
            assertThat(row(browser, trained).text()).contains("Done and accepted").doesNotContain("Overdue");
            assertThat(row(browser, pathway).text()).contains("Done and accepted");
            browser.open(checked);
            assertThat(browser.text()).contains("Overdue", "Overdue reminder");

            String dashboard = "/dashboard?year=" + today.getYear();
            browser.as(CaseSteps.CHAIR, CaseSteps.PASSWORD);
            browser.open(dashboard);
            long before = policeUses(browser);

            browser.as(POLICE, CaseSteps.PASSWORD);
            browser.open("/briefings/" + ref + "/uses/new");
            browser.fill(Map.of("setting", "TEAM_MEETING", "usedOn", today.toString(), "staff", "18",
                    "note", "Read at the morning briefing of the child protection team."));
            browser.press("Record the use");
            assertThat(browser.text()).contains("Use of the briefing recorded");

            browser.as(CaseSteps.CHAIR, CaseSteps.PASSWORD);
            browser.open(dashboard);
            assertThat(policeUses(browser)).isEqualTo(before + 1);
            assertThat(Jsoup.parse(browser.html()).select("#chart-briefing-uses desc").text())
                    .contains("Northshire Police: " + (before + 1));
        } finally {
            Files.deleteIfExists(evidence);
        }
    }

    private static void add(Browser browser, String form, String what, String agency, LocalDate target) {
        browser.open(form);
        browser.fill(Map.of("description", what, "ownerAgency", agency, "targetDate", target.toString()));
        browser.press("Add the action");
        assertThat(browser.text()).contains("Action added to recommendation");
    }

    /** The plan page's row of an action, by the address its link opens. */
    private static Element row(Browser browser, String action) {
        return Jsoup.parse(browser.html()).selectFirst("a[href=" + action + "]").closest("tr");
    }

    private static long policeUses(Browser browser) {
        Element table = Jsoup.parse(browser.html()).getElementById("table-briefing-uses");
        return table.select("tr").stream().filter(r -> r.selectFirst("th") != null && r.selectFirst("th").text().equals("Northshire Police"))
                .mapToLong(r -> Long.parseLong(r.selectFirst("td").text())).findFirst().orElse(0);
    }
}
