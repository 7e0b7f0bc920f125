package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * The PRG meets (issue 22), in headless Chromium with axe-core on every kind of page: the coordinator
 * schedules a meeting and tables two cases, a member opens the confidential pack, attendance and a
 * conflict are recorded, both cases are screened and recommended at the meeting, the minutes are
 * generated and approved at the next meeting, and the PRG report names the meeting.
 */
@DemoApplicationTest
@ExtendWith(SeriousCaseReviewRoute.class)
class MeetingBrowserTests {

    static final String OTHER_PASSWORD = "correct-horse-battery-staple";
    static final String RATIONALE = "Both children were known to two agencies that did not share their concerns.";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    @Test
    void theGroupMeetsRecommendsOnTwoCasesAndApprovesItsMinutesAtTheNextMeeting() {
        Browser.requireChromium();
        ServiceSteps services = new ServiceSteps(context);
        CaseReference first = services.refer("Yusuf Meetingtest");
        CaseReference second = services.refer("Zara Meetingtest");
        services.take(first, CaseSteps.agencyRound());
        services.take(second, CaseSteps.agencyRound());
        List<String> members = List.of(CaseSteps.MEMBER, member("one"), member("two"), member("three"));
        List<String> agencies = List.of("NSP", "NHT", "NSP", "NHT");
        LocalDate today = LocalDate.now(GovDates.UK);

        try (Browser browser = new Browser(port, true)) {
            browser.as(CaseSteps.COORDINATOR, CaseSteps.PASSWORD);
            String meeting = schedule(browser, today, "23:30");
            browser.fill(Map.of("members", members));
            browser.press("Invite");
            browser.press("Table " + first.value());
            browser.press("Table " + second.value());
            assertThat(browser.elementText("agenda")).contains(first.value(), second.value());

            browser.as(CaseSteps.MEMBER, CaseSteps.PASSWORD);
            browser.open(meeting + "/pack");
            browser.clickLink(first.value());
            assertThat(browser.text()).contains("Confidential", "Agency information", "Yusuf Meetingtest");
            assertThat(browser.downloads().pdfText(meeting + "/pack.pdf")).contains("Confidential", first.value(), second.value());

            browser.as(CaseSteps.COORDINATOR, CaseSteps.PASSWORD);
            browser.open(meeting + "/attendance");
            Map<String, Object> attendance = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                attendance.put("attendance-" + members.get(i), "PRESENT");
                attendance.put("agency-" + members.get(i), agencies.get(i));
            }
            browser.fill(attendance);
            browser.press("Record attendance");
            browser.open(meeting + "/agenda/" + first.value());
            browser.fill(Map.of("member", members.get(3)));
            browser.press("Record the conflict");
            assertThat(browser.elementText("quorum")).contains("Quorate", "Fictional member three");

            browser.as(CaseSteps.MEMBER, CaseSteps.PASSWORD);
            for (CaseReference ref : List.of(first, second)) {
                browser.open(meeting + "/agenda/" + ref.value());
                browser.fill(CaseSteps.screeningAndDecision().get(0).values());
                browser.press("Record the meeting’s outcome");
                browser.open(meeting + "/agenda/" + ref.value());
                browser.fill(Map.of("recommendation", "INITIATE_SCR", "rationale", RATIONALE, "likelyLearning", "Information sharing.",
                        "impact", "The families will be told."));
                browser.press("Record the meeting’s outcome");
            }
            browser.open(meeting + "/agenda/" + first.value());
            assertThat(browser.text()).contains("Initiate a serious case review", RATIONALE);

            browser.as(CaseSteps.COORDINATOR, CaseSteps.PASSWORD);
            browser.open(meeting + "/minutes");
            browser.fill(Map.of("action", "Ask the school for its chronology.", "owner", members.get(1)));
            browser.press("Add the action");
            browser.press("Generate the minutes");
            assertThat(browser.elementText("minutes")).contains(first.value(), second.value(), RATIONALE,
                    "Not taking part, having declared a conflict of interest: Fictional member three",
                    "Ask the school for its chronology. Owner: Fictional member one");
            String next = schedule(browser, today.plusDays(28), "10:00");
            browser.open(meeting + "/minutes");
            browser.fill(Map.of("atMeeting", next.substring("/meetings/".length())));
            browser.press("Approve the minutes");
            assertThat(browser.text()).contains("Approved", "they can no longer change").doesNotContain("Generate the minutes again");

            String day = "-day=" + today.getDayOfMonth() + "&", month = "-month=" + today.getMonthValue() + "&";
            String report = browser.downloads().pdfText("/reports/prg?from" + day + "from" + month + "from-year=" + today.getYear()
                    + "&to" + day + "to" + month + "to-year=" + today.getYear()).replaceAll("\\s+", " ");
            String considered = "PRG meeting, " + GovDates.day(today);
            assertThat(report).contains(first.value() + " " + considered, second.value() + " " + considered);
        }
    }

    private static String schedule(Browser browser, LocalDate on, String time) {
        browser.open("/meetings/new");
        browser.fill(Map.of("heldOn", on.toString(), "startsAt", time, "place", "Committee Room 1, Fictional House"));
        browser.press("Schedule the meeting");
        assertThat(browser.path()).matches("/meetings/\\d+");
        return browser.path();
    }

    private String member(String name) {
        String username = "meeting." + name + "." + System.nanoTime() % 100_000;
        context.getBean(Users.class).create(new NewUser(username, "Fictional member " + name, username + "@example.org",
                Set.of(Role.PRG_MEMBER), null, OTHER_PASSWORD));
        return username;
    }
}
