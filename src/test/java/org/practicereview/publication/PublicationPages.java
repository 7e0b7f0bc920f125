package org.practicereview.publication;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.practicereview.IntegrationTest;
import org.practicereview.documents.TestPdfs;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.review.ProcessDriver;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Shared set-up of the publication page tests: the same context as the process tests, users, a case at each stage. */
@IntegrationTest
@Import(PublicationProcessTests.KnownCase.class)
@TestPropertySource(properties = {PublicationProcessTests.UNIQUE_ENGINE, PublicationProcessTests.UNIQUE_APPLICATION})
abstract class PublicationPages {

    static final AtomicInteger NEXT = new AtomicInteger();
    static final String CLEAN_REPORT = "Final report of the review.\nPractitioners did not share what they knew.";

    @Autowired MockMvc mvc;
    @Autowired ProcessDriver driver;
    @Autowired Users users;
    @Autowired org.practicereview.identity.Agencies agencies;
    @Autowired UserDetailsService details;
    @Autowired Publications publications;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    RequestPostProcessor user(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-pub-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        ReferralExamples.registerDemoAgencies(agencies);
        users.create(new NewUser(username, "Test " + role, username + "@example.org", Set.of(role),
                role == Role.AGENCY ? "NORTHSHIRE_HEALTH" : null, "correct-horse-battery-staple"));
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** A case at the pack stage. */
    CaseReference atPackStage() {
        CaseReference ref = ProcessDriver.newCase();
        driver.start("publication", ref, Map.of("reviewType", "SCR"));
        return ref;
    }

    void upload(CaseReference ref, RequestPostProcessor coordinator, String kind, byte[] pdf) throws Exception {
        mvc.perform(multipart("/cases/" + ref.value() + "/publication/uploads")
                        .file(new MockMultipartFile("file", "Smith family report.pdf", "application/pdf", pdf))
                        .param("kind", kind).with(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** Prepared, checked clean, briefed, noticed and approved: published, with its report when one was uploaded, else as a summary only. */
    void publish(CaseReference ref) {
        Map<String, Object> pack = PublicationProcessTests.pack("no");
        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR,
                reportUploaded(ref) ? pack : PublicationProcessTests.summaryOnly(pack));
        passNoticePeriod(ref);
        driver.complete(ref, "Task_ApprovePublication", PublicationProcessTests.CHAIR, Map.of("publicationApproved", "yes"));
    }

    boolean reportUploaded(CaseReference ref) {
        return jdbc.sql("select count(*) from stored_document where case_reference = ? and kind = 'FINAL_REPORT'")
                .param(ref.value()).query(Long.class).single() > 0;
    }

    void passNoticePeriod(CaseReference ref) {
        String id = driver.runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).singleResult().getId();
        Date notBefore = (Date) driver.runtime.getVariable(id, "publishNotBefore");
        ClockUtil.setCurrentTime(new Date(notBefore.getTime() + 60_000));
        driver.management.executeJob(driver.timer(id, "IntermediateTimer_NoticePeriod").getId());
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

}
