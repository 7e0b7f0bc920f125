package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.RegimeSetting;
import org.practicereview.settings.SettingsChange;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Regime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case page's progress lists the steps of the route the case takes: a serious case review's screening and chair's
 * decision; the 2018 route's notification and rapid review; a learning referral's review by the PRG, with neither.
 */
@IntegrationTest
class CaseProgressByRouteTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired BoardSettings settings;

    CaseWorld world;
    SettingsChange before;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
        before = settings.current().values();
        settings.change(before.withCaseRegime(RegimeSetting.DEFAULTS), "progress.tests");
    }

    @AfterEach
    void boardAsItWas() {
        settings.change(before, "progress.tests");
    }

    @Test
    void aSeriousCaseReviewShowsScreeningAndTheChairsDecision() throws Exception {
        CaseReference ref = world.atAgencyRound();

        assertThat(progress(ref)).isEqualTo("Referral: Completed Screening: In progress Chair's decision: Not started "
                + "Review: Not started Publication: Not started");
    }

    @Test
    void aMultiAgencyLearningReferralShowsItsReviewByThePrgWithoutScreeningOrTheChair() throws Exception {
        CaseReference ref = world.referral(ReferralExamples.with(ReferralExamples.wholeReferral(), "referral-purpose",
                Map.of("purpose", "MULTI_AGENCY_LEARNING")));
        assertThat(progress(ref)).isEqualTo("Referral: In progress Reflective review by the Practice Review Group: Not started "
                + "Publication: Not started");

        world.complete(ref, "Task_TriageReferral", world.coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));

        assertThat(progress(ref)).isEqualTo("Referral: Completed Reflective review by the Practice Review Group: In progress "
                + "Publication: Not started");
        assertThat(progressAsRead(ref)).as("reached when the coordinator accepted it at triage")
                .contains("In progress – reached", "by Test coordinator (PRG coordinator)");
    }

    @Test
    void aSeriousIncidentUnderThe2018ArrangementsShowsItsNotificationAndRapidReviewAndItsPurposeInThoseWords() throws Exception {
        settings.change(before.withCaseRegime(new RegimeSetting(Regime.CSPR_2018, LocalDate.now(GovDates.UK))), "progress.tests");
        CaseReference ref = world.referral();

        assertThat(progress(ref)).isEqualTo("Referral: In progress Serious incident notification: Not started "
                + "Rapid review: Not started Local review: Not started Publication: Not started");
        String referral = section(casePage(ref), "Referral");
        assertThat(referral).contains("To tell the safeguarding partners about a serious incident")
                .doesNotContain("serious case review");
    }

    /** The progress list as read, without when and by whom each step was reached. */
    private String progress(CaseReference ref) throws Exception {
        return progressAsRead(ref).replaceAll(" – reached .*?\\)", "");
    }

    private String progressAsRead(CaseReference ref) throws Exception {
        String page = casePage(ref);
        int from = page.indexOf("id=\"progress\"");
        return text(page.substring(page.indexOf("<ol", from), page.indexOf("</ol>", from)));
    }

    /** The case file section with this heading, up to the next section. */
    private static String section(String page, String heading) {
        int at = page.indexOf(">" + heading + "</h2>");
        assertThat(at).as(heading + " section").isPositive();
        int next = page.indexOf("<h2", at + heading.length());
        return text(next < 0 ? page.substring(at) : page.substring(at, next));
    }

    private static String text(String html) {
        return html.replace("</strong>", "").replaceAll("<[^>]+>", " ").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }

    private String casePage(CaseReference ref) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/" + ref.value()).with(world.as(world.coordinator)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
