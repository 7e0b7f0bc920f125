package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.practicereview.review.FormRules.errors;
import static org.practicereview.review.FormRules.valid;
import static org.practicereview.review.FormRules.with;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewFormsTests {

    static final Map<String, Object> TERMS = Map.of("periodFrom", "2025-01-01", "periodTo", "2025-12-31",
            "keyLinesOfEnquiry", "How did agencies share information about neglect?", "methodology", "LEARNING_TOGETHER",
            "familyInvolvementPlanned", "yes");

    @Test
    void acceptsCompleteTermsOfReference() {
        assertThat(valid("agree-terms-of-reference", TERMS).date("periodFrom")).contains(LocalDate.of(2025, 1, 1));
    }

    @Test
    void refusesTermsOfReferenceWithoutPeriodMethodologyOrFamilyAnswer() {
        assertThat(errors("agree-terms-of-reference", Map.of())).containsExactly(
                entry("periodFrom", "Enter the date the period under review starts"),
                entry("periodTo", "Enter the date the period under review ends"),
                entry("keyLinesOfEnquiry", "Enter key lines of enquiry"),
                entry("methodology", "Select methodology"),
                entry("familyInvolvementPlanned", "Select whether the family is to be involved in the review"));
    }

    @Test
    void refusesShortKeyLinesOfEnquiryUnknownMethodologyAndUnrealDate() {
        assertThat(errors("agree-terms-of-reference", with(TERMS, "keyLinesOfEnquiry", "Neglect",
                "methodology", "GUESSWORK", "periodTo", "2025-02-30"))).containsExactly(
                entry("periodTo", "Period under review to must be a real date"),
                entry("keyLinesOfEnquiry", "Key lines of enquiry must be 20 characters or more"),
                entry("methodology", "Select a valid option for methodology"));
    }

    @Test
    void asksTheChairToChooseALeadReviewerAndSayWhetherTheyAreIndependent() {
        assertThat(errors("appoint-lead-reviewer", Map.of())).containsExactly(
                entry("leadReviewer", "Select the lead reviewer"),
                entry("independenceConfirmed", "Select whether the reviewer is independent of the agencies involved"));
    }

    @Test
    void refusesAnAgencyReportWithoutItsSummaryAnalysisLearningOrRecordsAnswer() {
        assertThat(errors("submit-agency-report", Map.of("involvementSummary", "Short"))).containsExactly(
                entry("involvementSummary", "Summary of the agency's involvement must be 20 characters or more"),
                entry("analysis", "Enter analysis of practice"),
                entry("learning", "Enter learning identified"),
                entry("filesSecured", "Select whether the agency's records have been secured"));
    }

    @Test
    void refusesFamilyInvolvementWithoutParticipationOrSummaryAndWithAFutureContactDate() {
        assertThat(errors("record-family-involvement", Map.of("contactedOn", "2026-11-26"))).containsExactly(
                entry("participation", "Select whether the family took part"),
                entry("contactedOn", "Date the family was first contacted must be today or in the past"),
                entry("involvementSummary", "Enter how the family was involved, or why they were not"));
    }

    @Test
    void refusesADraftWithoutEnoughFindings() {
        assertThat(errors("draft-report", Map.of("summaryOfFindings", "Too short."))).containsExactly(
                entry("summaryOfFindings", "Summary of findings must be 50 characters or more"));
        assertThat(errors("draft-report", Map.of("summaryOfFindings", "x".repeat(20001)))).containsExactly(
                entry("summaryOfFindings", "Summary of findings must be 20000 characters or fewer"));
    }

    @Test
    void refusesQualityAssuranceWithoutAnOutcome() {
        assertThat(errors("quality-assure-report", Map.of("qaOutcome", "MAYBE"))).containsExactly(
                entry("qaOutcome", "Select a valid option for quality assurance outcome"));
        assertThat(errors("quality-assure-report", Map.of())).containsExactly(
                entry("qaOutcome", "Select whether to accept the report or return it"));
    }

    @Test
    void refusesSignOffWithoutTheBoardsWrittenResponse() {
        assertThat(errors("board-sign-off", Map.of("meetingDate", "2026-11-20"))).containsExactly(
                entry("boardResponse", "Enter the board's written response"));
        assertThat(errors("board-sign-off", Map.of("boardResponse", "x".repeat(60)))).containsExactly(
                entry("meetingDate", "Enter the date of the board meeting"));
    }

    @Test
    void requiresTheFirstActionPlanRecommendationInFull() {
        assertThat(errors("agree-action-plan", Map.of())).containsExactly(
                entry("item1Recommendation", "Enter recommendation 1"),
                entry("item1Scope", "Select whether recommendation 1 is single- or multi-agency"),
                entry("item1OwnerAgency", "Select owner agency of recommendation 1"),
                entry("item1DueDate", "Enter due date of recommendation 1"));
    }

    /** The owner agency is chosen from the board's agencies (the form offers them; the task service checks them). */
    @Test
    void refusesAnUnknownStatus() {
        assertThat(errors("agree-action-plan", Map.of("item1Recommendation", "Train staff", "item1Scope", "SINGLE_AGENCY",
                "item1OwnerAgency", "POLICE", "item1DueDate", "2027-03-31", "item2Status", "DONE"))).containsExactly(
                entry("item2Status", "Select a valid option for status of recommendation 2"));
    }
}
