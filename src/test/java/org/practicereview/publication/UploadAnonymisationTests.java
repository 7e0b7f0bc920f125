package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.documents.TestPdfs;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The check reads uploaded PDFs; findings stay until fixed or the chair overrides them with a reason. */
class UploadAnonymisationTests extends PublicationPages {

    /** Each variant planted on its own page of the uploaded report (the case's identities are in KnownCase). */
    static final List<String> PLANTED = List.of(
            "The review concerns Amelia Jane Smith-Jones.",
            "Amelia was seen by the health visitor.",
            "Amelia's school raised concerns.",
            "AMELIA was absent in March.",
            "Born 12/03/2015, she was the youngest.",
            "Born on 12 March 2015.",
            "The family lived at 14 Acacia Avenue, Northtown.",
            "The postcode was NT4 7QP.",
            "Hope Baker visited often.");

    @Autowired Trail trail;

    @Test
    void findsEveryPlantedIdentifierInAnUploadedReportWithDocumentPageAndMaskedContext() throws Exception {
        CaseReference ref = atPackStage();
        RequestPostProcessor coordinator = user(Role.PRG_COORDINATOR);
        upload(ref, coordinator, "FINAL_REPORT", TestPdfs.withPages(PLANTED.toArray(String[]::new)));
        upload(ref, coordinator, "EXECUTIVE_SUMMARY", TestPdfs.withPages("Nothing here names anyone.", "We hope to learn."));

        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR, PublicationProcessTests.pack("no"));

        List<Finding> findings = publications.openFindings(ref);
        for (int page = 1; page <= PLANTED.size(); page++) {
            assertThat(findings).as("page %d: %s", page, PLANTED.get(page - 1)).extracting(Finding::field)
                    .contains("Final report, page " + page);
        }
        assertThat(findings).extracting(Finding::field).noneMatch(f -> f.startsWith("Executive summary"));
        assertThat(findings).extracting(Finding::context)
                .noneMatch(c -> c.contains("Amelia") || c.contains("AMELIA") || c.contains("Acacia") || c.contains("2015")
                        || c.contains("NT4") || c.contains("Hope Baker"));
        mvc.perform(get("/cases/" + ref.value() + "/publication/findings").with(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Final report, page 3")))
                .andExpect(content().string(containsString("[name] school raised concerns.")))
                .andExpect(content().string(not(containsString("Amelia"))));
    }

    @Test
    void theChairsOverrideWithAReasonLetsTheNextCheckPassOnThoseFindingsAndIsTraced() throws Exception {
        CaseReference ref = atPackStage();
        upload(ref, user(Role.PRG_COORDINATOR), "FINAL_REPORT", TestPdfs.withPages("Hope Baker visited often."));
        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR, PublicationProcessTests.pack("no"));
        Task resolve = driver.task(ref, "Task_ResolveAnonymisationFindings");
        String findings = "/cases/" + ref.value() + "/publication/findings";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.userTasks.complete(resolve.getId(),
                PublicationProcessTests.COORDINATOR, Map.of())).isInstanceOf(InvalidSubmissionException.class);
        mvc.perform(post(findings + "/override").param("reason", "").with(user(Role.CHAIR)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter why the review may be published")));
        mvc.perform(post(findings + "/override").param("reason", "Too late").with(user(Role.PRG_COORDINATOR)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(findings + "/override").param("reason", "Hope Baker is a public figure who consented to be named.")
                .with(user(Role.CHAIR)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(trail.forCase(ref)).filteredOn(e -> e.is(TrailAction.ANONYMISATION_OVERRIDDEN))
                .extracting(TrailEntry::details).singleElement().asString().contains("consented to be named");
        driver.userTasks.complete(resolve.getId(), PublicationProcessTests.COORDINATOR, Map.of());

        assertThat(publications.openFindings(ref)).isEmpty();
        assertThat(publications.briefing(ref)).isPresent();
        assertThat(driver.openTaskKeys(ref)).doesNotContain("Task_ResolveAnonymisationFindings");
    }

    @Test
    void anOverrideCoversOnlyTheFindingsItWasGivenFor() {
        CaseReference ref = atPackStage();
        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR,
                with("briefing1Background", "Hope Baker visited often."));
        publications.overrideFindings(PublicationProcessTests.CHAIR, ref, "Named with consent.");

        driver.complete(ref, "Task_ResolveAnonymisationFindings", PublicationProcessTests.COORDINATOR,
                Map.of("briefing2WhyItMatters", "Amelia was not seen."));

        assertThat(publications.openFindings(ref)).extracting(Finding::field).containsExactlyInAnyOrder(
                "briefing1Background", "briefing2WhyItMatters");
        assertThat(publications.findingsOverridden(ref)).isFalse();
    }

    static Map<String, Object> with(String key, String value) {
        Map<String, Object> pack = PublicationProcessTests.pack("no");
        pack.put(key, value);
        return pack;
    }
}
