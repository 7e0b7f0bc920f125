package org.practicereview.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code practice-review.mail.*}, docs/operations.md "Mail"). The mail
 * server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from          the sender of every mail
 * @param baseUrl       where people reach the application, for the link in each mail
 * @param maxAttempts   attempts before a notice is marked failed
 * @param firstRetry    the wait after the first failure; each next wait doubles, up to {@code maxRetry}
 * @param relay         whether this node sends (after each commit and every {@code pollInterval})
 * @param messageIdHost the right-hand side of every Message-ID, the same on every node
 * @param taskMails     whether people are told of their tasks by mail
 */
@ConfigurationProperties("practice-review.mail")
record MailSettings(
        @DefaultValue("Practice Review <no-reply@practice-review.example.org>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT6H") Duration maxRetry,
        @DefaultValue("true") boolean relay,
        @DefaultValue("PT30S") Duration pollInterval,
        @DefaultValue("practice-review.example.org") String messageIdHost,
        @DefaultValue("true") boolean taskMails) {

    /** The wait after the given number of failed attempts: 1, 2, 4, ... times the first, capped. */
    Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
