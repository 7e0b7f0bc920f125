package org.practicereview.audit.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The access matrix of the auditor's pages: auditors read everything and change nothing; no other role gets in. */
@IntegrationTest
class AuditAccessTests {

    static final CaseReference CASE = CaseReference.of(2026, 8803);
    static final List<String> PAGES = List.of("/audit", "/audit/verify", "/audit/trail.csv", "/audit/departures",
            "/audit/deadlines", "/audit/views?reference=" + CASE.value(), "/audit/cases/" + CASE.value(),
            "/audit/cases/" + CASE.value() + "/verify", "/audit/cases/" + CASE.value() + "/timeline.csv",
            "/audit/cases/" + CASE.value() + "/timeline.pdf");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Trail trail;
    @Autowired Agencies agencies;
    Auditors auditors;

    @BeforeEach
    void setUp() {
        auditors = new Auditors(users, details);
        ReferralExamples.registerDemoAgencies(agencies);
        trail.append(CASE, Actor.of("coord.access", Role.PRG_COORDINATOR), TrailAction.REFERRAL_SUBMITTED, "purpose=SCR_CONSIDERATION");
    }

    @Test
    void anAuditorReadsEveryAuditPage() throws Exception {
        RequestPostProcessor auditor = auditors.as(Role.AUDITOR);
        for (String page : PAGES) {
            mvc.perform(get(page).with(auditor)).andExpect(status().isOk());
        }
    }

    @Test
    void everyOtherRoleIsRefusedEveryAuditPage() throws Exception {
        for (Role role : List.of(Role.AGENCY, Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.REVIEWER, Role.ADMIN)) {
            RequestPostProcessor user = auditors.as(role);
            for (String page : PAGES) {
                mvc.perform(get(page).with(user)).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void nobodySignedOutReachesThem() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void anAuditorChangesNothing() throws Exception {
        RequestPostProcessor auditor = auditors.as(Role.AUDITOR);
        for (String page : PAGES) {
            mvc.perform(post(page).with(auditor).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/referrals/new").with(auditor).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/my-referrals").with(auditor)).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownCaseIsNotFound() throws Exception {
        mvc.perform(get("/audit/cases/PR-2026-999999").with(auditors.as(Role.AUDITOR))).andExpect(status().isNotFound());
        mvc.perform(get("/audit/cases/not-a-reference").with(auditors.as(Role.AUDITOR))).andExpect(status().isNotFound());
    }
}
