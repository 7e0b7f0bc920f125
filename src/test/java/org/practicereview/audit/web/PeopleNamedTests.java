package org.practicereview.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Whoever acted on a case is named as a person wherever people read it: the decision record's
 * "Decided by", the auditor's timeline (page, filter, PDF and the CSV's words), who viewed the case,
 * the departures from the criteria, and the case page. Each person here has a name unlike their
 * username, so a page that shows the username instead is caught.
 */
@IntegrationTest
class PeopleNamedTests {

    static final String PASSWORD = "correct horse battery staple";
    /** The journey's people (CaseJourneyTrail), each with a name that shares nothing with their username. */
    static final Map<Actor, String> NAMES = Map.of(
            CaseJourneyTrail.SAM, "Morwenna Fictional-Referrer",
            CaseJourneyTrail.POLICE, "Idris Fictional-Constable",
            CaseJourneyTrail.COORDINATOR, "Philippa Fictional-Coordinator",
            CaseJourneyTrail.MEMBER, "Tobias Fictional-Member",
            CaseJourneyTrail.CHAIR, "Rosalind Fictional-Chair");
    static final String AUDITOR = "names.auditor-account";
    static final String AUDITOR_NAME = "Evangeline Fictional-Auditor";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired ReferralService referrals;
    @Autowired UserTasks userTasks;
    @Autowired TaskService tasks;
    @Autowired CaseDocuments documents;

    CaseReference ref;

    @BeforeEach
    void aDecidedCase() {
        ReferralExamples.registerDemoAgencies(agencies);
        if (!users.exists(AUDITOR)) {
            NAMES.forEach((actor, name) -> users.create(new NewUser(actor.userId(), name, actor.userId() + "@example.org",
                    actor.roles(), actor.agencyCode(), PASSWORD)));
            users.create(new NewUser(AUDITOR, AUDITOR_NAME, "auditor@example.org", Set.of(Role.AUDITOR), null, PASSWORD));
        }
        ref = new CaseJourneyTrail(referrals, userTasks, tasks).toDecision();
    }

    @Test
    void theDecisionRecordNamesTheChairNotTheirAccount() throws Exception {
        byte[] record = documents.latest(ref.value(), DocumentKind.DECISION_RECORD).orElseThrow().content();
        try (var pdf = Loader.loadPDF(record)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Decided by", "Rosalind Fictional-Chair").doesNotContain(CaseJourneyTrail.CHAIR.userId());
        }
    }

    @Test
    void theAuditorsTimelineItsFilterAndItsPdfNameEveryone() throws Exception {
        String base = "/audit/cases/" + ref.value();
        String timeline = page(base, AUDITOR);
        assertThat(visible(timeline)).contains(NAMES.values());
        assertNoUsernames(visible(timeline));
        assertThat(timeline).as("the filter offers each person by name")
                .contains("<option value=\"" + CaseJourneyTrail.CHAIR.userId() + "\">Rosalind Fictional-Chair</option>");
        String filtered = visible(page(base + "?actor=" + CaseJourneyTrail.CHAIR.userId(), AUDITOR));
        assertThat(filtered.substring(filtered.indexOf("Showing"))).as("the rows shown")
                .contains("Rosalind Fictional-Chair (chair)").doesNotContain("Tobias Fictional-Member (PRG member)");

        byte[] pdf = mvc.perform(get(base + "/timeline.pdf?actor=" + CaseJourneyTrail.CHAIR.userId()).with(as(AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Rosalind Fictional-Chair (chair)", "actor Rosalind Fictional-Chair");
            assertNoUsernames(text);
        }
    }

    @Test
    void theTimelineCsvNamesEachPersonBesideTheAccountTheTrailHolds() throws Exception {
        String csv = mvc.perform(get("/audit/cases/" + ref.value() + "/timeline.csv").with(as(AUDITOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String[]> rows = Arrays.stream(csv.split("\r\n")).skip(1).map(r -> r.split("\",\""))
                .filter(r -> r.length == 10).toList();
        assertThat(rows).filteredOn(r -> r[3].equals(CaseJourneyTrail.CHAIR.userId()))
                .isNotEmpty().allSatisfy(r -> assertThat(r[r.length - 1]).isEqualTo("Rosalind Fictional-Chair\""));
        assertThat(rows).as("the words beside the codes name no account").allSatisfy(r ->
                assertThat(r[r.length - 1]).doesNotContain(".e2e"));
    }

    @Test
    void whoViewedTheCaseAndWhoDepartedFromTheCriteriaAreNamed() throws Exception {
        page("/cases/" + ref.value(), CaseJourneyTrail.COORDINATOR.userId());
        String views = visible(page("/audit/views?reference=" + ref.value(), AUDITOR));
        assertThat(views).contains("Philippa Fictional-Coordinator (PRG coordinator)");
        assertNoUsernames(views);
        String departures = visible(page("/audit/departures", AUDITOR));
        assertThat(departures).contains(ref.value(), "Rosalind Fictional-Chair");
        assertNoUsernames(departures);
    }

    @Test
    void theCasePageNamesEveryone() throws Exception {
        String casePage = visible(page("/cases/" + ref.value(), CaseJourneyTrail.COORDINATOR.userId()));
        assertThat(casePage).contains("Rosalind Fictional-Chair", "Idris Fictional-Constable", "Philippa Fictional-Coordinator");
        assertNoUsernames(casePage);
    }

    private static void assertNoUsernames(String text) {
        for (Actor actor : NAMES.keySet()) {
            assertThat(text).doesNotContain(actor.userId());
        }
        assertThat(text).doesNotContain(AUDITOR);
    }

    /** The text a person reads: the page without its tags (a filter's option values are user ids on purpose). */
    private static String visible(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ").replace("&#39;", "'").replaceAll("\\s+", " ");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
