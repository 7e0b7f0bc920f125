package org.practicereview.web.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Pages render these components through components/, not with markup of their own, so that what the fixture tests
 * check is what users get. Exceptions are listed with the reason.
 */
class ComponentUsageTests {

    /** Page templates, by path under templates/, except the components themselves. */
    static Map<String, String> pages() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String path = r.getURL().getPath().replaceFirst(".*/templates/", "");
            if (!path.startsWith("components/") && !path.startsWith("component-tests/")) {
                pages.put(path, r.getContentAsString(StandardCharsets.UTF_8));
            }
        }
        return pages;
    }

    @Test
    void pagesUseTheComponents() throws IOException {
        Map<String, String> markup = Map.of(
                "class=\"govuk-tag", "components/tag",
                "govuk-panel", "components/panel",
                "govuk-back-link", "components/back-link",
                "govuk-pagination", "components/pagination",
                "govuk-task-list__item", "components/task-list",
                "govuk-notification-banner", "components/notification-banner",
                "govuk-error-summary", "components/error-summary",
                "govuk-date-input", "components/date-input");
        // Not mechanical replacements: the check-answers error summary has a description paragraph, and the trail
        // verification result has a heading and a body of its own.
        Set<String> allowed = Set.of("referrals/check-answers.html govuk-error-summary",
                "audit/verification.html govuk-notification-banner", "audit/verification.html govuk-error-summary");
        Map<String, String> pages = pages();
        assertThat(pages).containsKeys("layout.html", "cases/case.html", "referrals/sent.html");
        pages.forEach((path, html) -> markup.forEach((cls, component) -> {
            if (!allowed.contains(path + " " + cls)) {
                assertThat(html).as("%s renders %s itself instead of using %s", path, cls, component).doesNotContain(cls);
            }
        }));
    }

    @Test
    void noTemplateWritesUnescapedText() throws IOException {
        Map<String, String> all = new LinkedHashMap<>(pages());
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/components/*.html")) {
            all.put(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(all).hasSizeGreaterThan(20);
        all.forEach((path, html) -> assertThat(html.replaceAll("(?s)<!--/\\*.*?\\*/-->", ""))
                .as(path).doesNotContain("th:utext").doesNotContain("[(${"));
    }
}
