package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicereview.browser.CaseSteps.PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.browser.CaseSteps.Step;
import org.practicereview.demo.DemoApplicationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * No case stalls (issue 15's acceptance): one case reaches publication in the browser although an
 * agency never sends its report (the coordinator withdraws it, with a reason), the chair first picks a
 * reviewer who works for an agency involved (refused, with the reason) and later replaces the lead
 * reviewer, the new lead reviewer's session ends halfway through the draft's narrative (nothing is
 * lost), and the chair approves publication on the day and hour the case page said, not before.
 * Each person's part is checked by what the next person sees.
 */
@DemoApplicationTest
@ExtendWith(SeriousCaseReviewRoute.class)
class NoCaseStallsBrowserTests {

    static final String HEALTH_REVIEWER = "test.health-reviewer";
    static final String HEALTH_REVIEWER_NAME = "Quinn Browsertest (Health Trust)";
    static final String NEW_REVIEWER = "test.second-reviewer";
    static final String NEW_REVIEWER_NAME = "Sky Browsertest (Lead Reviewer)";
    static final String NEW_REVIEWER_PASSWORD = "lantern thimble compass";
    static final String WITHDRAWN_BECAUSE = "No answer after two reminders; the Trust's summary for screening is enough.";
    static final String REPLACED_BECAUSE = "Robin has taken six months' leave.";
    static final String NARRATIVE_BEGUN = "Each agency held part of the picture. The school saw the child lose weight over "
            + "the autumn term and recorded it, but did not share it. ";
    static final String NARRATIVE_ENDED = "The hospital treated the injury in January and accepted the explanation given; "
            + "the police had attended the home twice before and told nobody. Nobody put the picture together in time.";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Users users;
    @Autowired IdentityService identity;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    ServiceSteps services;

    @BeforeEach
    void needsChromiumAndTwoMoreReviewers() {
        Browser.requireChromium();
        services = new ServiceSteps(context);
        if (!users.exists(HEALTH_REVIEWER)) {
            users.create(new NewUser(HEALTH_REVIEWER, HEALTH_REVIEWER_NAME, "quinn.browsertest@example.org",
                    Set.of(Role.AGENCY, Role.REVIEWER), "NHT", NEW_REVIEWER_PASSWORD));
            users.create(new NewUser(NEW_REVIEWER, NEW_REVIEWER_NAME, "sky.browsertest@example.org",
                    Set.of(Role.REVIEWER), null, NEW_REVIEWER_PASSWORD));
        }
    }

    @Test
    void aSilentAgencyARefusedThenReplacedReviewerAndAnEndedSessionDoNotStopPublicationOnTheDayThePageSaid() {
        CaseReference ref = services.refer("Vera Browsertest");
        services.take(ref, CaseSteps.agencyRound(), CaseSteps.screeningAndDecision(), CaseSteps.reviewStarted().subList(0, 1));
        try (Browser browser = new Browser(port, true)) {
            BrowserSteps steps = new BrowserSteps(browser);
            appointmentRefusedThenMade(browser, steps, ref);
            services.take(ref, CaseSteps.reviewStarted().get(2));
            silentAgencyWithdrawn(browser, ref);
            leadReviewerReplaced(browser, steps, ref);
            draftSurvivesTheEndedSession(browser, steps, ref);

            services.take(ref, CaseSteps.reviewFinished().subList(1, 4));
            services.take(ref, CaseSteps.preparePack(CaseSteps.pack()));
            approvedOnTheDayThePageSaid(browser, steps, ref);
        }
    }

    /** The chair picks a reviewer of the health trust, which is involved: refused, with why; then an independent one. */
    private void appointmentRefusedThenMade(Browser browser, BrowserSteps steps, CaseReference ref) {
        Step appoint = new Step(CaseSteps.CHAIR, "Task_AppointLeadReviewer", "Appoint lead reviewer",
                Map.of("leadReviewer", HEALTH_REVIEWER, "independenceConfirmed", "yes"));
        steps.open(ref, appoint);
        browser.fill(appoint.values());
        browser.press("Complete task");
        assertThat(browser.title()).startsWith("Error: Appoint lead reviewer");
        assertThat(browser.errorSummary()).contains("There is a problem", HEALTH_REVIEWER_NAME
                + " works for Northshire Health Trust, an agency involved in this case: choose a reviewer independent of every agency involved");
        assertThat(browser.heading()).as("the task is still open").isEqualTo("Appoint lead reviewer");

        steps.complete(ref, new Step(appoint.user(), appoint.taskKey(), appoint.taskName(),
                Map.of("leadReviewer", CaseSteps.REVIEWER, "independenceConfirmed", "yes")));
    }

    /** The police report; the health trust never answers: the coordinator withdraws its task, and the case page says so. */
    private void silentAgencyWithdrawn(Browser browser, CaseReference ref) {
        browser.as(CaseSteps.COORDINATOR, PASSWORD);
        browser.open("/cases/" + ref.value());
        browser.clickLinkContaining("Withdraw Submit agency report");
        assertThat(browser.heading()).contains("Why are you no longer waiting for Northshire Health Trust?");
        browser.press("Withdraw the task");
        assertThat(browser.errorSummary()).as("no reason given").contains("Enter why the task is withdrawn");
        browser.type("reason", WITHDRAWN_BECAUSE);
        browser.press("Withdraw the task");

        assertThat(browser.path()).isEqualTo("/cases/" + ref.value());
        assertThat(browser.text()).contains("Submit agency report withdrawn from Northshire Health Trust");
        assertThat(browser.summaryValues("Withdrawn: Northshire Health Trust"))
                .singleElement().asString().contains("Casey Demo-Coordinator", WITHDRAWN_BECAUSE);
        assertThat(browser.text()).as("the review goes on: the lead reviewer drafts").contains("Draft report");
        assertThat(browser.links("/cases/" + ref.value() + "/tasks/")).as("nothing left to withdraw")
                .noneMatch(href -> href.endsWith("/withdraw"));
    }

    /**
     * The chair replaces the lead reviewer; only independent reviewers are offered. The open draft moves
     * to the new one, who sees why the health trust's report is missing; the old one no longer has it.
     */
    private void leadReviewerReplaced(Browser browser, BrowserSteps steps, CaseReference ref) {
        browser.as(CaseSteps.CHAIR, PASSWORD);
        browser.open("/cases/" + ref.value());
        assertThat(browser.summaryValues("Lead reviewer")).contains("Robin Demo-Reviewer (Lead Reviewer)");
        browser.clickLink("Replace the lead reviewer");
        assertThat(browser.text()).contains("Leading the review now: Robin Demo-Reviewer (Lead Reviewer).");
        assertThat(browser.options("assignee")).contains(NEW_REVIEWER_NAME).doesNotContain(HEALTH_REVIEWER_NAME);
        browser.fill(Map.of("assignee", NEW_REVIEWER, "reason", REPLACED_BECAUSE));
        browser.press("Replace the lead reviewer");
        assertThat(browser.text()).contains("Lead reviewer replaced: " + NEW_REVIEWER_NAME + " now leads the review");
        assertThat(browser.summaryValues("Lead reviewer")).contains(NEW_REVIEWER_NAME);
        assertThat(browser.text()).as("the trail says from whom, to whom and why")
                .contains("From Robin Demo-Reviewer (Lead Reviewer) to " + NEW_REVIEWER_NAME, REPLACED_BECAUSE);

        browser.as(CaseSteps.REVIEWER, PASSWORD);
        browser.open("/tasks");
        assertThat(browser.text()).as("the old lead reviewer's list").doesNotContain(ref.value());
    }

    /** The new lead reviewer's session ends halfway through the narrative: after signing in, all of it is there to send. */
    private void draftSurvivesTheEndedSession(Browser browser, BrowserSteps steps, CaseReference ref) {
        browser.as(NEW_REVIEWER, NEW_REVIEWER_PASSWORD);
        browser.open("/tasks");
        browser.clickLinkInRow(ref.value(), "Draft report");
        String task = browser.path();
        assertThat(browser.brief()).as("why one agency's report is missing")
                .contains("Withdrawn: Northshire Health Trust", WITHDRAWN_BECAUSE);
        browser.type("summaryOfFindings", NARRATIVE_BEGUN);
        browser.loseSession();
        browser.typeMore("summaryOfFindings", NARRATIVE_ENDED);
        browser.press("Complete task");

        assertThat(browser.path()).isEqualTo("/sign-in?session-ended");
        assertThat(browser.text()).contains("Your session ended, so you have been signed out.",
                "what you had typed has been kept").doesNotContain("You cannot see this page");
        browser.type("username", NEW_REVIEWER);
        browser.type("password", NEW_REVIEWER_PASSWORD);
        browser.press("Sign in");
        assertThat(browser.path()).isEqualTo(task);
        assertThat(browser.text()).contains("We have put back what you typed before your session ended");
        assertThat(browser.valueOf("summaryOfFindings")).isEqualTo(NARRATIVE_BEGUN + NARRATIVE_ENDED);
        browser.press("Complete task");
        assertThat(browser.text()).contains("Draft report completed for " + ref.value());
    }

    /**
     * The case page says from when publication is possible. An administrator moves the notice period's
     * timer early in Cockpit; the chair's approval is refused with that same date, a minute before it
     * too, and accepted at the moment the page named.
     */
    private void approvedOnTheDayThePageSaid(Browser browser, BrowserSteps steps, CaseReference ref) {
        browser.as(CaseSteps.CHAIR, PASSWORD);
        browser.open("/cases/" + ref.value());
        String possibleFrom = browser.summaryValues("Publication possible from").get(0);
        assertThat(browser.summaryValues("Notice period ends: publication possible from"))
                .as("the running clock and the pack agree").singleElement().asString().startsWith(possibleFrom);
        Instant from = instantOf(possibleFrom);
        assertThat(from).isAfter(Instant.now());

        administratorMovesTheNoticePeriodToNow(ref);
        Step approve = CaseSteps.approve();
        steps.open(ref, approve);
        assertThat(browser.summaryValues("Publication possible from")).as("the chair's brief").contains(possibleFrom);
        String due = browser.elementText("task-due");
        assertThat(due).as("the approval's target, true even when the timer was moved early")
                .startsWith("Due ").endsWith("(the board's publication target, counted from the end of the notice period)");
        LocalDate dueOn = LocalDate.parse(due.substring("Due ".length(), due.indexOf(" (")), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertThat(dueOn).as("the target falls after the day approval becomes possible")
                .isAfter(from.atZone(GovDates.UK).toLocalDate());
        String refused = "You can approve publication from " + possibleFrom;
        browser.fill(approve.values());
        browser.press("Complete task");
        assertThat(browser.title()).startsWith("Error: Approve publication");
        assertThat(browser.errorSummary()).contains("There is a problem", refused);

        ClockUtil.setCurrentTime(Date.from(from.minus(Duration.ofMinutes(1))));
        browser.fill(approve.values());
        browser.press("Complete task");
        assertThat(browser.errorSummary()).as("a minute before").contains(refused);

        ClockUtil.setCurrentTime(Date.from(from));
        steps.complete(ref, approve);
        browser.open("/cases/" + ref.value());
        assertThat(browser.summaryValues("Published")).singleElement().asString().isEqualTo(possibleFrom);
    }

    /** As in Cockpit: the administrator moves the timer's date to now; the test stands in for the job executor. */
    private void administratorMovesTheNoticePeriodToNow(CaseReference ref) {
        String root = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value(), "case-review")
                .singleResult().getId();
        Job timer = management.createJobQuery().rootProcessInstanceId(root).activityId("IntermediateTimer_NoticePeriod")
                .singleResult();
        identity.setAuthentication("demo.admin", users.find("demo.admin").orElseThrow().actor().groups());
        try {
            management.setJobDuedate(timer.getId(), ClockUtil.getCurrentTime());
        } finally {
            identity.clearAuthentication();
        }
        management.executeJob(timer.getId());
    }

    /** "9 December 2026 at 5pm" (UK time) as the instant it names. */
    private static Instant instantOf(String words) {
        Matcher m = Pattern.compile("(\\d{1,2} \\p{L}+ \\d{4}) at (\\d{1,2})(?::(\\d{2}))?(am|pm)").matcher(words);
        assertThat(m.matches()).as("a date and time: %s", words).isTrue();
        LocalDate day = LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        int hour = Integer.parseInt(m.group(2)) % 12 + ("pm".equals(m.group(4)) ? 12 : 0);
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return day.atTime(hour, minute).atZone(GovDates.UK).toInstant();
    }
}
