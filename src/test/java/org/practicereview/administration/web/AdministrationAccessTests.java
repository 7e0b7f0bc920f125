package org.practicereview.administration.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.SystemAccounts;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The access matrix of the administration pages: administrators only; every other role is refused them all. */
@IntegrationTest
class AdministrationAccessTests {

    static final String SYSTEM = "access.system";
    static final List<String> PAGES = List.of("/admin", "/admin/people", "/admin/people/new", "/admin/people/new/check",
            "/admin/people/" + SYSTEM, "/admin/people/" + SYSTEM + "/edit", "/admin/people/" + SYSTEM + "/deactivate",
            "/admin/people/" + SYSTEM + "/reset", "/admin/agencies", "/admin/agencies/new", "/admin/agencies/new/check",
            "/admin/agencies/NORTHSHIRE_HEALTH", "/admin/agencies/NORTHSHIRE_HEALTH/edit",
            "/admin/agencies/NORTHSHIRE_HEALTH/retire", "/admin/api-accounts", "/admin/api-accounts/new",
            "/admin/api-accounts/" + SYSTEM, "/admin/settings", "/admin/settings/edit");
    static final List<String> ACTIONS = List.of("/admin/people/new", "/admin/people/new/check",
            "/admin/people/" + SYSTEM + "/edit", "/admin/people/" + SYSTEM + "/deactivate", "/admin/people/" + SYSTEM + "/reactivate",
            "/admin/people/" + SYSTEM + "/reset", "/admin/people/" + SYSTEM + "/unlock", "/admin/agencies/new",
            "/admin/agencies/new/check", "/admin/agencies/NORTHSHIRE_HEALTH/edit", "/admin/agencies/NORTHSHIRE_HEALTH/retire",
            "/admin/agencies/NORTHSHIRE_HEALTH/reinstate", "/admin/api-accounts/new", "/admin/api-accounts/" + SYSTEM + "/tokens",
            "/admin/settings/edit");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired SystemAccounts systemAccounts;
    Admins admins;

    @BeforeEach
    void setUp() {
        admins = new Admins(users, details);
        ReferralExamples.registerDemoAgencies(agencies);
        if (!users.exists(SYSTEM)) {
            systemAccounts.create(SYSTEM, "Access test system", "NORTHSHIRE_HEALTH", null);
        }
    }

    @Test
    void anAdministratorReachesEveryAdministrationPage() throws Exception {
        RequestPostProcessor admin = admins.as(Role.ADMIN);
        for (String page : PAGES) {
            var result = mvc.perform(get(page).with(admin)).andReturn().getResponse();
            // The check-answers pages without a draft send the administrator back to the form.
            if (page.endsWith("/check")) {
                org.assertj.core.api.Assertions.assertThat(result.getStatus()).as(page).isEqualTo(302);
            } else {
                org.assertj.core.api.Assertions.assertThat(result.getStatus()).as(page).isEqualTo(200);
            }
        }
    }

    @Test
    void theAdministratorsHomeShowsWhatTheyCanDoAndIsWhereTheyLand() throws Exception {
        RequestPostProcessor admin = admins.as(Role.ADMIN);
        mvc.perform(get("/home").with(admin)).andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/admin").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/people\"")))
                .andExpect(content().string(containsString("href=\"/admin/agencies\"")))
                .andExpect(content().string(containsString("href=\"/admin/api-accounts\"")))
                .andExpect(content().string(containsString("href=\"/admin/settings\"")))
                .andExpect(content().string(containsString("(Cockpit) are switched off on this installation")));
    }

    @Test
    void everyOtherRoleIsRefusedEveryAdministrationPageAndAction() throws Exception {
        for (Role role : List.of(Role.AGENCY, Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.REVIEWER, Role.AUDITOR)) {
            RequestPostProcessor user = admins.as(role);
            for (String page : PAGES) {
                mvc.perform(get(page).with(user)).andExpect(status().isForbidden());
            }
            for (String action : ACTIONS) {
                mvc.perform(post(action).with(user).with(csrf())).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void nobodySignedOutReachesThem() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/sign-in"));
        }
    }
}
