package org.practicereview.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicereview.referral.web.Referrers.answers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.RegimeSetting;
import org.practicereview.settings.SettingsChange;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Regime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The referral's purpose question and every page that repeats the answer, worded for the law the case will follow (a
 * draft: the board's setting today) or followed (a sent referral): a board on the 2018 arrangements offers no serious
 * case review, while the answer stored is the same SCR_CONSIDERATION on either.
 */
@IntegrationTest
class ReferralPurposeWordingTests {

    static final String SCR_ANSWER = "To ask the board to consider a serious case review";
    static final String INCIDENT_ANSWER =
            "To tell the safeguarding partners about a serious incident, for notification to the national panel and a rapid review";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired BoardSettings settings;
    @Autowired Notifications notifications;

    RequestPostProcessor sam;
    SettingsChange before;

    @BeforeEach
    void referrer() {
        Referrers referrers = new Referrers(users, details, agencies);
        sam = referrers.as(referrers.agencyUser());
        before = settings.current().values();
    }

    @AfterEach
    void boardAsItWas() {
        settings.change(before, "wording.tests");
    }

    @Test
    void aSeriousCaseReviewBoardAsksWhetherToConsiderAReviewAndSaysTheChairDecides() throws Exception {
        onTheBoardsRoute(Regime.SCR_2006);
        String base = draftWithEverythingButThePurpose();

        assertThat(page(base + "/purpose")).contains(SCR_ANSWER, "value=\"SCR_CONSIDERATION\"").doesNotContain(INCIDENT_ANSWER);
        mvc.perform(answers(base + "/purpose", ReferralExamples.purpose()).with(sam));
        assertThat(page(base + "/check-answers")).contains(SCR_ANSWER);

        String reference = send(base);
        assertThat(page("/referrals/sent/" + reference)).contains("Why you referred", SCR_ANSWER, "within one month");
        assertThat(acknowledgement(reference)).contains("The independent chair decides within one month");
        assertThat(page("/my-referrals/" + reference)).contains("Why you referred", SCR_ANSWER);
        assertThat(row(page("/my-referrals"), reference)).contains("Consider a serious case review");
    }

    @Test
    void aBoardOnThe2018ArrangementsOffersTheNotificationAndRapidReviewAndKeepsTheStoredValue() throws Exception {
        String before2018 = referredOnTheSeriousCaseReviewRoute();
        onTheBoardsRoute(Regime.CSPR_2018);
        String base = draftWithEverythingButThePurpose();

        String question = page(base + "/purpose");
        assertThat(question).contains(INCIDENT_ANSWER, "value=\"SCR_CONSIDERATION\"",
                "There is learning for agencies working together").doesNotContain("serious case review");
        mvc.perform(answers(base + "/purpose", ReferralExamples.purpose()).with(sam));
        assertThat(page(base + "/check-answers")).contains(INCIDENT_ANSWER).doesNotContain("serious case review");

        String reference = send(base);
        assertThat(page("/referrals/sent/" + reference)).contains("Why you referred", INCIDENT_ANSWER,
                "notifies the national panel within 5 working days", "rapid review").doesNotContain("serious case review");
        assertThat(acknowledgement(reference)).as("the acknowledgement by email says the same")
                .contains("notifies the national panel within 5 working days", "rapid review")
                .doesNotContain("serious case review", "chair");
        assertThat(page("/my-referrals/" + reference)).contains(INCIDENT_ANSWER).doesNotContain("serious case review");
        String list = page("/my-referrals");
        assertThat(row(list, reference)).contains("A serious incident: notification and rapid review");
        assertThat(row(list, before2018)).as("a case keeps the words of the law it was referred under")
                .contains("Consider a serious case review");
        assertThat(page("/my-referrals/" + before2018)).contains(SCR_ANSWER);
    }

    @Test
    void aLearningReferralIsToldItGoesToThePracticeReviewGroupUnscreened() throws Exception {
        onTheBoardsRoute(Regime.CSPR_2018);
        String base = draftWithEverythingButThePurpose();
        mvc.perform(answers(base + "/purpose", ReferralExamples.with(ReferralExamples.purpose(), "purpose", "GOOD_PRACTICE"))
                .with(sam));

        String sent = page("/referrals/sent/" + send(base));
        assertThat(sent).contains("The case shows good practice worth sharing", "as a good-practice review",
                "not screened against the statutory criteria").doesNotContain("serious case review", "rapid review");
    }

    private String referredOnTheSeriousCaseReviewRoute() throws Exception {
        onTheBoardsRoute(Regime.SCR_2006);
        String base = draftWithEverythingButThePurpose();
        mvc.perform(answers(base + "/purpose", ReferralExamples.purpose()).with(sam));
        return send(base);
    }

    private void onTheBoardsRoute(Regime regime) {
        settings.change(settings.current().values().withCaseRegime(regime == Regime.CSPR_2018
                ? new RegimeSetting(Regime.CSPR_2018, LocalDate.now(GovDates.UK)) : RegimeSetting.DEFAULTS), "wording.tests");
    }

    private String draftWithEverythingButThePurpose() throws Exception {
        String location = mvc.perform(post("/referrals/new").with(sam).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(answers(location + "/about-you", ReferralExamples.aboutYou()).with(sam));
        mvc.perform(answers(location + "/children/new", ReferralExamples.child()).with(sam));
        mvc.perform(answers(location + "/family-members/new", ReferralExamples.familyMember()).with(sam));
        mvc.perform(answers(location + "/agencies/new", ReferralExamples.agency("NORTHSHIRE_POLICE")).with(sam));
        mvc.perform(answers(location + "/circumstances", ReferralExamples.circumstances()).with(sam));
        mvc.perform(answers(location + "/parallel-processes", ReferralExamples.parallelProcesses()).with(sam));
        return location;
    }

    private String send(String base) throws Exception {
        String sent = mvc.perform(post(base + "/check-answers").with(sam).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(sent).startsWith("/referrals/sent/");
        return sent.substring("/referrals/sent/".length());
    }

    private String acknowledgement(String reference) {
        return notifications.forCase(new CaseReference(reference)).stream()
                .filter(n -> n.kind() == NotificationKind.REFERRAL_ACKNOWLEDGEMENT).map(Notification::body)
                .findFirst().orElseThrow();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(sam)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The row of "Referrals you have sent" for one reference. */
    private static String row(String list, String reference) {
        int at = list.indexOf(">" + reference + "</a>");
        assertThat(at).as(reference + " listed").isPositive();
        return list.substring(at, list.indexOf("</tr>", at));
    }
}
