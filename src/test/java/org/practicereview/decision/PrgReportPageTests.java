package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practicereview.screening.CaseUnderReview.CHAIR;
import static org.practicereview.workflow.ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED;
import static org.practicereview.workflow.ProcessVariables.CHILD_DIED;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.screening.CaseReviewIntegrationTest;
import org.practicereview.screening.CaseUnderReview;
import org.practicereview.screening.CaseUnderReview.Started;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The PRG report page: a checked date range, a PDF of the cases considered, for the PRG, chair and auditor only. */
@CaseReviewIntegrationTest
class PrgReportPageTests {

    @Autowired MockMvc mvc;
    @Autowired CaseUnderReview cases;
    @Autowired Users users;
    @Autowired org.practicereview.identity.Agencies agencies;
    @Autowired UserDetailsService details;

    RequestPostProcessor user(Role role) {
        String username = role.name().toLowerCase().replace('_', '-') + "-prg-" + System.nanoTime() % 1_000_000;
        ReferralExamples.registerDemoAgencies(agencies);
        users.create(new NewUser(username, "Test", username + "@example.org", Set.of(role),
                role == Role.AGENCY ? "NORTHSHIRE_HEALTH" : null, "correct-horse-battery-staple"));
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Test
    void producesThePdfOfTheCasesConsideredInThePeriodWithTheirDecisionAndNoPersonalData() throws Exception {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);
        cases.complete(c, "Task_RecordScrDecision", CHAIR,
                new HashMap<>(Map.of("decisionOption", "INITIATE_SCR", "rationale", "Criteria met.")));
        LocalDate today = LocalDate.now();

        byte[] pdf = mvc.perform(get("/reports/prg").with(user(Role.AUDITOR)).params(range(today.minusDays(7), today)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(c.ref().value(), "Initiate SCR").doesNotContain(CaseUnderReview.CHILD_NAME);
        }
        String csv = mvc.perform(get("/reports/prg.csv").with(user(Role.AUDITOR)).params(range(today.minusDays(7), today)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).as("the purpose in the words the case page uses, not its stored code")
                .contains("Consider a serious case review").doesNotContain("SCR_CONSIDERATION", "SCR consideration");
    }

    @Test
    void asksForARealDateRangeAndKeepsWhatWasTyped() throws Exception {
        RequestPostProcessor chair = user(Role.CHAIR);
        mvc.perform(get("/reports/prg").with(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Start date")));
        mvc.perform(get("/reports/prg").with(chair).param("from-day", "31").param("from-month", "2").param("from-year", "2027")
                        .param("to-day", "").param("to-month", "").param("to-year", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The start date must be a real date")))
                .andExpect(content().string(containsString("Enter the end date")))
                .andExpect(content().string(containsString("value=\"31\"")));
        mvc.perform(get("/reports/prg").with(chair).params(range(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1))))
                .andExpect(content().string(containsString("The end date must be the same as or after the start date")));
    }

    @Test
    void isNotFoundForAgenciesAndReviewers() throws Exception {
        mvc.perform(get("/reports/prg").with(user(Role.AGENCY))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/prg").with(user(Role.REVIEWER))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/prg.csv").with(user(Role.AGENCY)).params(range(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1))))
                .andExpect(status().isNotFound());
    }

    static org.springframework.util.MultiValueMap<String, String> range(LocalDate from, LocalDate to) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("from-day", String.valueOf(from.getDayOfMonth()));
        params.add("from-month", String.valueOf(from.getMonthValue()));
        params.add("from-year", String.valueOf(from.getYear()));
        params.add("to-day", String.valueOf(to.getDayOfMonth()));
        params.add("to-month", String.valueOf(to.getMonthValue()));
        params.add("to-year", String.valueOf(to.getYear()));
        return params;
    }
}
