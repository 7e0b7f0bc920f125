package org.practicereview.referral.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.ApiTokens;
import org.practicereview.identity.SystemAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every test of the referral API starts from: the application behind MockMvc, its database, and a health
 * system's account with a token of its own. Subclasses carry {@code @IntegrationTest}.
 */
abstract class ApiTestSupport {

    @Autowired MockMvc mvc;
    @Autowired SystemAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired Agencies agencies;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    ApiCallers callers;
    ApiCallers.Caller health;

    @BeforeEach
    void aHealthSystemWithAToken() {
        callers = new ApiCallers(accounts, tokens, agencies, json);
        health = callers.healthSystem();
    }
}
