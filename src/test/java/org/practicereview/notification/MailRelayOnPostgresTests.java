package org.practicereview.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one PostgreSQL database and one SMTP server (GreenMail), each running its
 * relay as production does: woken after the commit that queued notices, and by its own scheduler
 * every poll interval (shortened here to a tenth of a second). Node A queues a burst in one
 * transaction; both nodes' relays race for it, and every notice arrives exactly once, both nodes sent
 * some (each says who it is in its SMTP greeting, which GreenMail writes into the Received header),
 * and the trail holds one NOTIFICATION_SENT per notice. The test never calls a relay itself.
 */
@Tag(Tiers.INTEGRATION)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailRelayOnPostgresTests {

    static final int NOTICES = 120;
    static final Duration DELIVERED_WITHIN = Duration.ofSeconds(60);

    GreenMail smtp;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoNodes() {
        smtp = MailDeliveryTests.smtpOn(0);
        String url = EmbeddedPostgresServer.newDatabase("mail");
        a = node("mailNodeA", "node-a.example.org", url);
        b = node("mailNodeB", "node-b.example.org", url);
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

    private ConfigurableApplicationContext node(String engineName, String greeting, String url) {
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
                        // Both relays run by themselves, as on a production node, only more often.
                        "--practice-review.mail.relay=true",
                        "--practice-review.mail.poll-interval=PT0.1S",
                        "--practice-review.mail.poll-initial-delay=PT0S",
                        "--practice-review.mail.task-mails=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--spring.mail.properties.mail.smtp.localhost=" + greeting,
                        "--logging.level.org.camunda=warn");
    }

    @Test
    void twoNodesRelayingOneOutboxByThemselvesDeliverEachNoticeOnce() throws Exception {
        Notifications outbox = a.getBean(Notifications.class);
        List<Long> ids = new ArrayList<>();
        new TransactionTemplate(a.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            for (int i = 0; i < NOTICES; i++) {
                ids.add(outbox.queue(null, NotificationKind.NEW_REFERRAL, "business.unit@example.org", "New referral PR-NODE-" + i,
                        "A new referral is waiting for triage.", null).id());
            }
        });

        JdbcClient db = a.getBean(JdbcClient.class);
        Instant deadline = Instant.now().plus(DELIVERED_WITHIN);
        while (unsent(db) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(unsent(db)).as("notices still queued after %s", DELIVERED_WITHIN).isZero();
        Thread.sleep(1000); // a mail sent twice would arrive within the relays' next runs

        List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
        Map<String, Long> copies = received.stream().map(MailDeliveryTests::messageId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(NOTICES);
        assertThat(copies).hasSize(NOTICES).allSatisfy((id, count) -> assertThat(count).as(id).isOne());
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(
                ids.stream().map(id -> "<notification-" + id + "@practice-review.example.org>").toList());
        Map<String, Long> bySender = received.stream().collect(Collectors.groupingBy(MailRelayOnPostgresTests::sentBy,
                Collectors.counting()));
        assertThat(bySender).as("mails each node sent").containsOnlyKeys("node-a.example.org", "node-b.example.org");
        assertThat(db.sql("select count(*) from trail_event where action = 'NOTIFICATION_SENT'").query(Long.class).single())
                .isEqualTo((long) NOTICES);
        assertThat(db.sql("select count(*) from notification where attempts = 1 and sent_at is not null").query(Long.class).single())
                .as("notices sent at their first attempt").isEqualTo((long) NOTICES);
    }

    private static long unsent(JdbcClient db) {
        return db.sql("select count(*) from notification where sent_at is null and failed_at is null").query(Long.class).single();
    }

    /** The node's greeting, from GreenMail's {@code Received: from <address> (HELO <greeting>)}. */
    private static String sentBy(MimeMessage m) {
        try {
            String received = m.getHeader("Received")[0];
            return received.substring(received.indexOf("(HELO ") + "(HELO ".length(), received.indexOf(')', received.indexOf("(HELO ")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
