package org.practicereview.notification;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether notices can leave this node. Checked once at start: a missing or unreachable mail server
 * is a warning in the log and an alert on the business unit's and the administrator's home pages,
 * never a failed start; notices wait in the outbox meanwhile. A notice sent later clears the alert.
 */
@Component("mailServer")
public class MailServer {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private volatile String problem;

    MailServer(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            problem("No mail server is set (spring.mail.host), so notices stay in the outbox and nobody receives them.");
        } else if (mail instanceof JavaMailSenderImpl smtp) {
            try {
                smtp.testConnection();
                problem = null;
            } catch (MessagingException | RuntimeException e) {
                problem("The mail server could not be reached at start, so notices may stay in the outbox. "
                        + "They are tried again automatically.");
            }
        }
    }

    private void problem(String words) {
        problem = words;
        log.warn(words);
    }

    /** A notice went out: the server works after all. */
    void reached() {
        problem = null;
    }

    /** What is wrong with mail, in words for the alert; null when nothing is known to be wrong. */
    public String problem() {
        return problem;
    }
}
