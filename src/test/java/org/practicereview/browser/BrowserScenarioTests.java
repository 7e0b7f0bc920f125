package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.browser.CaseSteps.Step;
import org.practicereview.demo.DemoApplicationTest;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The browser journey in parts, each runnable alone
 * ({@code -Dit.test='BrowserScenarioTests#theQualityAssuranceReviewerReturnsTheDraftAndTheLeadReviewerSeesWhy'}):
 * a scenario takes its own new case to its starting point through the services in a second
 * ({@link ServiceSteps}), then every person in its part works in headless Chromium, with axe-core on
 * every kind of page and no internal code on any page or download.
 */
@DemoApplicationTest
@ExtendWith(SeriousCaseReviewRoute.class)
class BrowserScenarioTests {

    static final String FIRST_DRAFT = "The school did not hear of the hospital admission for a week.";
    static final String QA_COMMENT = "Add what the GP knew before January.";
    static final String SECOND_DRAFT = "The school did not hear of the admission for a week; the GP knew in December.";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    ServiceSteps services;

    @BeforeEach
    void needsChromium() {
        Browser.requireChromium();
        services = new ServiceSteps(context);
    }

    @Test
    void theAgenciesAnswerAndThePrgScreensAndTheChairDecides() {
        CaseReference ref = services.refer("Wanda Browsertest");
        try (Browser browser = new Browser(port, true)) {
            BrowserSteps steps = new BrowserSteps(browser);
            steps.take(ref, CaseSteps.agencyRound(), CaseSteps.screeningAndDecision().subList(0, 2));

            Step decision = CaseSteps.screeningAndDecision().get(2);
            steps.open(ref, decision);
            assertThat(browser.text()).as("the chair's brief").contains("The criteria for a serious case review are met",
                    "The criteria are met.", "Information sharing.", "Known to the agency since 2025.");
            steps.complete(ref, decision);

            browser.as(CaseSteps.MEMBER, CaseSteps.PASSWORD);
            browser.open("/cases/" + ref.value());
            assertThat(browser.text()).contains("Wanda Browsertest", "Criteria met.");
        }
    }

    @Test
    void theQualityAssuranceReviewerReturnsTheDraftAndTheLeadReviewerSeesWhy() {
        CaseReference ref = services.refer("Xena Browsertest");
        services.take(ref, CaseSteps.agencyRound(), CaseSteps.screeningAndDecision(), CaseSteps.reviewStarted());
        Step draft = new Step(CaseSteps.REVIEWER, "Task_DraftReport", "Draft report", Map.of("summaryOfFindings", FIRST_DRAFT));
        Step qa = new Step(CaseSteps.MEMBER, "Task_QualityAssureReport", "Quality assure report",
                Map.of("qaOutcome", "RETURNED", "qaComments", QA_COMMENT));
        try (Browser browser = new Browser(port, true)) {
            BrowserSteps steps = new BrowserSteps(browser);
            steps.take(ref, draft);

            steps.open(ref, qa);
            assertThat(browser.brief()).as("the QA reviewer reads the draft").contains(FIRST_DRAFT);
            steps.complete(ref, qa);

            steps.open(ref, draft);
            assertThat(browser.aboveTheForm()).as("why the draft came back")
                    .contains("Returned by quality assurance", QA_COMMENT);
            assertThat(browser.value("summaryOfFindings")).as("the last version, pre-filled").isEqualTo(FIRST_DRAFT);
            assertThat(browser.value("changesSinceLastVersion")).as("what changed is new each version").isEmpty();
            steps.complete(ref, new Step(draft.user(), draft.taskKey(), draft.taskName(),
                    Map.of("summaryOfFindings", SECOND_DRAFT, "changesSinceLastVersion", "Added the GP's records.")));

            Step accept = new Step(qa.user(), qa.taskKey(), qa.taskName(), Map.of("qaOutcome", "ACCEPTED"));
            steps.open(ref, accept);
            assertThat(browser.brief()).as("the second version and the round before it")
                    .contains(SECOND_DRAFT, QA_COMMENT, FIRST_DRAFT);
            steps.complete(ref, accept);
        }
    }

    @Test
    void resolvingFindingsShowsThemBesideThePackAndTheBriefingIsPublished() {
        CaseReference ref = services.refer("Yara Browsertest");
        services.take(ref, CaseSteps.agencyRound(), CaseSteps.screeningAndDecision(), CaseSteps.reviewStarted(),
                CaseSteps.reviewFinished());
        Map<String, Object> pack = CaseSteps.pack();
        pack.put("briefing1Background", "Yara Browsertest was taken to hospital with injuries.");
        try (Browser browser = new Browser(port, true)) {
            BrowserSteps steps = new BrowserSteps(browser);
            steps.take(ref, CaseSteps.preparePack(pack));

            Step resolve = new Step(CaseSteps.COORDINATOR, "Task_ResolveAnonymisationFindings", "Resolve anonymisation findings",
                    Map.of("briefing1Background", "A young child was taken to hospital with injuries."));
            steps.open(ref, resolve);
            assertThat(browser.aboveTheForm()).as("each finding, the name masked")
                    .contains("Anonymisation findings to resolve", "Name found: [name] was taken to hospital")
                    .doesNotContain("Yara");
            assertThat(browser.value("pseudonym")).as("the pack, pre-filled").isEqualTo("Child Z");
            assertThat(browser.value("briefing3Text")).isEqualTo("Each agency held part of the picture.");
            browser.clickLink("The chair may publish despite these findings, with a reason");
            assertThat(browser.heading()).isEqualTo("Anonymisation findings");
            assertThat(browser.text()).contains("[name] was taken to hospital").doesNotContain("Yara");
            steps.open(ref, resolve);
            steps.complete(ref, resolve);

            services.noticePeriodPasses(ref);
            Step approve = CaseSteps.approve();
            steps.open(ref, approve);
            browser.clickLink("Preview the briefing");
            assertThat(browser.text()).contains("Child Z", "Sharing concerns").doesNotContain("Yara");
            steps.open(ref, approve);
            steps.complete(ref, approve);

            browser.signOut();
            assertThat(browser.downloads().pdfText("/learning-from-reviews/" + ref.value() + "/briefing.pdf"))
                    .contains("Child Z", "A young child was taken to hospital").doesNotContain("Yara");
        }
    }

    @Test
    void theAuditorsPagesAndEveryDownloadForPeopleAreInPlainWords() {
        CaseReference ref = services.refer("Zeb Browsertest");
        services.take(ref, CaseSteps.agencyRound(), CaseSteps.screeningAndDecision());
        try (Browser browser = new Browser(port, true)) {
            browser.as(CaseSteps.AUDITOR, CaseSteps.PASSWORD);
            browser.open("/cases/" + ref.value());
            List<String> documents = browser.links("/cases/" + ref.value() + "/documents/");
            assertThat(documents).as("the decision record among the case's documents").isNotEmpty();
            documents.forEach(browser.downloads()::pdfText);

            for (String page : List.of("/audit", "/audit/verify", "/audit/departures", "/audit/deadlines",
                    "/audit/views?reference=" + ref.value(), "/cases")) {
                browser.open(page);
            }
            browser.open("/audit/cases/" + ref.value());
            assertThat(browser.text()).contains(ref.value());
            browser.open("/audit/cases/" + ref.value() + "/verify");
            assertThat(browser.downloads().pdfText("/audit/cases/" + ref.value() + "/timeline.pdf")).contains(ref.value());
            assertThat(browser.downloads().csvWords("/audit/cases/" + ref.value() + "/timeline.csv"))
                    .contains("Task completed", "chair");

            browser.as(CaseSteps.CHAIR, CaseSteps.PASSWORD);
            browser.open("/reports/prg");
            assertThat(browser.downloads().pdfText("/reports/prg?from-day=1&from-month=1&from-year=2026&to-day=31&to-month=12&to-year=2027"))
                    .contains("Cases considered by the Practice Review Group", ref.value());
        }
    }
}
