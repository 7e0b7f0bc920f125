package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referrer reads the chair's decision in plain words on My referrals, never the chair's reasons; a
 * referral for learning or good practice reads the review it went to, with no decision of the chair.
 */
@IntegrationTest
class ReferrerOutcomeTests {

    static final String RATIONALE = "Confidential reasoning of the chair about the family";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    CaseWorld world;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path).with(world.as(world.referrer))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void beforeTheDecisionTheReferrerReadsNotDecidedYet() throws Exception {
        CaseReference ref = world.atChairsDecision();
        Document list = page("/my-referrals");
        assertThat(list.select("#referrals tr:contains(" + ref.value() + ")").text()).contains("Not decided yet");
        assertThat(page("/my-referrals/" + ref.value()).select("#outcome")).isEmpty();
    }

    @Test
    void afterTheDecisionTheReferrerReadsWhatWasDecidedTheReviewAndTheDayButNotWhy() throws Exception {
        CaseReference ref = world.atChairsDecision();
        world.complete(ref, "Task_RecordScrDecision", world.chair, Map.of("decisionOption", "INITIATE_SCR",
                "rationale", RATIONALE));
        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(WorkingDays.UK));

        Document list = page("/my-referrals");
        assertThat(list.select("#referrals tr:contains(" + ref.value() + ")").text())
                .contains("A Serious Case Review will be carried out", "Decided on " + today);

        Document status = page("/my-referrals/" + ref.value());
        assertThat(status.select("#outcome .govuk-summary-list__row")).extracting(row -> row.text())
                .containsExactly("Decision A Serious Case Review will be carried out",
                        "Type of review Serious Case Review (SCR)",
                        "Date of decision " + today);
        assertThat(list.text() + status.text()).doesNotContain(RATIONALE).doesNotContain("INITIATE_SCR");
    }

    @Test
    void aLearningReferralReadsThatItGoesToAReflectiveReviewWithoutScreeningAndWhen() throws Exception {
        CaseReference ref = acceptedAtTriage("MULTI_AGENCY_LEARNING");
        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(WorkingDays.UK));

        Document list = page("/my-referrals");
        assertThat(list.select("#referrals tr:contains(" + ref.value() + ")").text())
                .contains("Review", "Going to a reflective review: no statutory screening",
                        "Sent to the Practice Review Group on " + today)
                .doesNotContain("Not decided yet", "Decided on");

        Document status = page("/my-referrals/" + ref.value());
        assertThat(status.select("h2").eachText()).contains("Outcome").doesNotContain("The chair's decision");
        assertThat(status.select("#outcome .govuk-summary-list__row")).extracting(row -> row.text())
                .containsExactly("Outcome Going to a reflective review: no statutory screening",
                        "Type of review Reflective Review",
                        "Sent to the Practice Review Group " + today);
    }

    @Test
    void aGoodPracticeReferralReadsThatItGoesToAGoodPracticeReview() throws Exception {
        CaseReference ref = acceptedAtTriage("GOOD_PRACTICE");

        assertThat(page("/my-referrals").select("#referrals tr:contains(" + ref.value() + ")").text())
                .contains("Going to a good-practice review").doesNotContain("Not decided yet", "GOOD_PRACTICE");
        assertThat(page("/my-referrals/" + ref.value()).select("#outcome .govuk-summary-list__row")).extracting(row -> row.text())
                .contains("Outcome Going to a good-practice review", "Type of review Good Practice Review");
    }

    @Test
    void aLearningReferralStillAtTriageIsNotDecidedYet() throws Exception {
        CaseReference ref = world.referral(ReferralExamples.with(ReferralExamples.wholeReferral(),
                "referral-purpose", Map.of("purpose", "GOOD_PRACTICE")));
        assertThat(page("/my-referrals").select("#referrals tr:contains(" + ref.value() + ")").text()).contains("Not decided yet");
        assertThat(page("/my-referrals/" + ref.value()).select("#outcome")).isEmpty();
    }

    private CaseReference acceptedAtTriage(String purpose) {
        CaseReference ref = world.referral(ReferralExamples.with(ReferralExamples.wholeReferral(),
                "referral-purpose", Map.of("purpose", purpose)));
        world.complete(ref, "Task_TriageReferral", world.coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        return ref;
    }
}
