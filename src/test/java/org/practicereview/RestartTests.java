package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicereview.identity.Agencies;
import org.practicereview.referral.MyReferrals;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default H2 file database: a restart keeps every case, and unchanged diagrams and forms deploy nothing new. */
@Tag(Tiers.INTEGRATION)
class RestartTests {

    private final Actor referrer = Actor.agencyUser("restart.referrer", "NORTHSHIRE_HEALTH");

    @Test
    void aRestartKeepsTheCasesAndDeploysNothingNew(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("practice-review") + ";DB_CLOSE_ON_EXIT=FALSE";
        String reference;
        try (ConfigurableApplicationContext first = start(url)) {
            ReferralExamples.registerDemoAgencies(first.getBean(Agencies.class));
            reference = first.getBean(ReferralService.class).submitDirect(referrer, ReferralExamples.wholeReferral())
                    .reference().value();
            assertThat(first.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(1);
            assertThat(first.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(url);
        }
        try (ConfigurableApplicationContext second = start(url)) {
            assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count())
                    .as("deployments after a restart with unchanged files").isEqualTo(1);
            assertThat(second.getBean(MyReferrals.class).of(referrer))
                    .extracting(r -> r.reference().value()).containsExactly(reference);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // Command-line arguments outrank the test profile's in-memory database.
        return new SpringApplicationBuilder(PracticeReviewApplication.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0");
    }
}
