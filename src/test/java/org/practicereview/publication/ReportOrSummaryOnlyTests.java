package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.documents.TestPdfs;
import org.practicereview.review.ProcessDriver;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A review is not published without its report, or a recorded decision to publish a summary only with the
 * reason: the chair reads which beside the approval, and is refused plainly when there is neither. The
 * public page says only that a summary is published; the reason stays with the board.
 */
class ReportOrSummaryOnlyTests extends PublicationPages {

    private MockHttpServletResponse approvalPage(CaseReference ref, RequestPostProcessor chair) throws Exception {
        String taskId = driver.task(ref, "Task_ApprovePublication").getId();
        return mvc.perform(get("/tasks/" + taskId).with(chair)).andReturn().getResponse();
    }

    private MockHttpServletResponse approve(CaseReference ref, RequestPostProcessor chair) throws Exception {
        String taskId = driver.task(ref, "Task_ApprovePublication").getId();
        return mvc.perform(post("/tasks/" + taskId).param("publicationApproved", "yes").with(chair).with(csrf()))
                .andReturn().getResponse();
    }

    private boolean published(CaseReference ref) {
        return publications.published().stream().anyMatch(p -> p.caseReference().equals(ref.value()));
    }

    @Test
    void theChairIsRefusedWithoutTheReportOrADecisionToPublishASummaryOnly() throws Exception {
        CaseReference ref = atPackStage();
        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR, PublicationProcessTests.pack("no"));
        passNoticePeriod(ref);
        RequestPostProcessor chair = user(Role.CHAIR);
        assertThat(approvalPage(ref, chair).getContentAsString()).contains("What is published",
                "The full report, not uploaded yet: the chair cannot approve publication until it is");

        MockHttpServletResponse refused = approve(ref, chair);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("<title>Error:", "There is a problem",
                "You cannot approve publication: the final report has not been uploaded and no decision to publish a"
                        + " summary only has been recorded.");
        assertThat(driver.openTaskKeys(ref)).containsExactly("Task_ApprovePublication");
        assertThat(published(ref)).isFalse();

        driver.complete(ref, "Task_ApprovePublication", PublicationProcessTests.CHAIR, Map.of("publicationApproved", "no",
                "approvalComments", "Upload the final report, or record why only a summary is published."));
        assertThat(driver.openTaskKeys(ref)).as("the way out: back to the business unit").containsExactly("Task_PreparePublicationPack");
    }

    @Test
    void theChairApprovesAReviewWhoseReportIsUploadedAndThePublicReadIt() throws Exception {
        CaseReference ref = atPackStage();
        upload(ref, user(Role.PRG_COORDINATOR), "FINAL_REPORT", TestPdfs.withPages(CLEAN_REPORT));
        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR, PublicationProcessTests.pack("no"));
        passNoticePeriod(ref);
        RequestPostProcessor chair = user(Role.CHAIR);
        assertThat(approvalPage(ref, chair).getContentAsString()).contains("The full report, uploaded")
                .doesNotContain("Why only a summary is published");

        assertThat(approve(ref, chair).getRedirectedUrl()).isEqualTo("/tasks");
        assertThat(published(ref)).isTrue();
        String page = mvc.perform(get("/learning-from-reviews/" + ref.value())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/learning-from-reviews/" + ref.value() + "/report.pdf").doesNotContain("summary-only");
    }

    @Test
    void aSummaryOnlyIsApprovedWithItsReasonBesideTheApprovalAndThePublicPageSaysOnlyThatItIsASummary() throws Exception {
        CaseReference ref = atPackStage();
        upload(ref, user(Role.PRG_COORDINATOR), "FINAL_REPORT", TestPdfs.withPages(CLEAN_REPORT));
        Map<String, Object> withoutReason = PublicationProcessTests.pack("no");
        withoutReason.put("summaryOnly", "yes");
        assertThatThrownBy(() -> driver.userTasks.complete(driver.task(ref, "Task_PreparePublicationPack").getId(),
                PublicationProcessTests.COORDINATOR, withoutReason))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).extracting("message")
                        .containsExactly("Enter why only a summary is published"));

        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR,
                PublicationProcessTests.summaryOnly(PublicationProcessTests.pack("no")));
        passNoticePeriod(ref);
        RequestPostProcessor chair = user(Role.CHAIR);
        assertThat(approvalPage(ref, chair).getContentAsString()).contains("A summary only: the full report is not published",
                "Why only a summary is published", PublicationProcessTests.SUMMARY_ONLY_REASON);

        assertThat(approve(ref, chair).getRedirectedUrl()).isEqualTo("/tasks");
        assertThat(published(ref)).isTrue();
        String publicPage = "/learning-from-reviews/" + ref.value();
        assertThat(mvc.perform(get(publicPage)).andReturn().getResponse().getContentAsString())
                .contains("A summary of this review is published: the full report is not.")
                .doesNotContain(PublicationProcessTests.SUMMARY_ONLY_REASON, publicPage + "/report.pdf");
        assertThat(mvc.perform(get(publicPage + "/report.pdf")).andReturn().getResponse().getStatus())
                .as("the uploaded report stays unpublished").isEqualTo(404);
    }
}
