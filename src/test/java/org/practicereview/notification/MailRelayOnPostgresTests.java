package org.practicereview.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practicereview.EmbeddedPostgresServer;
import org.practicereview.PracticeReviewApplication;
import org.practicereview.Tiers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL database and one SMTP server (GreenMail), both relaying the
 * same outbox at the same moment: every notice arrives exactly once, both nodes sent some, and the
 * trail holds one NOTIFICATION_SENT per notice. The rows each node holds while sending are skipped by
 * the other ({@code for update skip locked}), not waited for.
 */
@Tag(Tiers.INTEGRATION)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailRelayOnPostgresTests {

    static final int NOTICES = 60;

    GreenMail smtp;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoNodes() {
        smtp = MailDeliveryTests.smtpOn(0);
        String url = EmbeddedPostgresServer.newDatabase("mail");
        a = node("mailNodeA", url);
        b = node("mailNodeB", url);
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        smtp.stop();
    }

    private ConfigurableApplicationContext node(String engineName, String url) {
        return new SpringApplicationBuilder(PracticeReviewApplication.class)
                .profiles("postgres")
                .initializers(EmbeddedPostgresServer::usedBy)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                        "--spring.datasource.password=" + EmbeddedPostgresServer.PASSWORD,
                        "--server.port=0",
                        "--camunda.bpm.process-engine-name=" + engineName,
                        "--camunda.bpm.generate-unique-process-application-name=true",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--practice-review.camunda-webapps.enabled=false",
                        "--practice-review.first-admin.username=mail.admin",
                        "--practice-review.first-admin.password=mail-admin-password",
                        // The test runs both relays itself, at the same moment.
                        "--practice-review.mail.relay=false",
                        "--practice-review.mail.task-mails=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--logging.level.org.camunda=warn");
    }

    @Test
    void twoNodesRelayingOneOutboxDeliverEachNoticeOnce() throws Exception {
        Notifications outbox = a.getBean(Notifications.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < NOTICES; i++) {
            ids.add(outbox.queue(null, NotificationKind.NEW_REFERRAL, "business.unit@example.org", "New referral PR-NODE-" + i,
                    "A new referral is waiting for triage.", null).id());
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sent = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            MailRelay relay = node.getBean(MailRelay.class);
            sent.add(nodes.submit(() -> {
                start.await();
                return relay.relayDue();
            }));
        }
        start.countDown();
        int byA = sent.get(0).get();
        int byB = sent.get(1).get();
        nodes.shutdown();

        assertThat(byA + byB).isEqualTo(NOTICES);
        assertThat(byA).as("node A sent some").isPositive();
        assertThat(byB).as("node B sent some").isPositive();
        Map<String, Long> copies = Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTests::messageId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies).hasSize(NOTICES).allSatisfy((id, count) -> assertThat(count).as(id).isOne());
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(
                ids.stream().map(id -> "<notification-" + id + "@practice-review.example.org>").toList());
        JdbcClient db = a.getBean(JdbcClient.class);
        assertThat(db.sql("select count(*) from notification where sent_at is null").query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from trail_event where action = 'NOTIFICATION_SENT'").query(Long.class).single())
                .isEqualTo((long) NOTICES);
    }
}
