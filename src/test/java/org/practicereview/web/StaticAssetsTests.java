package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The stylesheets, script and GOV.UK assets every page names are served, without a resource chain. */
@IntegrationTest
class StaticAssetsTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void servesEveryAssetThePageLayoutNames() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/accessibility")).andReturn().getResponse().getContentAsString());
        List<String> assets = new java.util.ArrayList<>(page.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href"));
        assets.addAll(page.select("script[src]").eachAttr("src"));
        assertThat(assets).contains("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css", "/css/app.css",
                "/assets/images/favicon.ico");
        for (String asset : assets) {
            MvcResult result = mvc.perform(get(asset)).andReturn();
            assertThat(result.getResponse().getStatus()).as(asset).isEqualTo(200);
            assertThat(result.getResponse().getContentAsByteArray()).as(asset).isNotEmpty();
        }
    }

    @Test
    void leavesPageLinksAloneRatherThanLookingEachUpOnTheClassPath() {
        // With Spring Boot's resource chain on, this filter resolved every link of every page against
        // the class path, jar by jar: half the time of rendering a page in the benchmark.
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter).noneMatch(ResourceUrlEncodingFilter.class::isInstance);
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }
}
