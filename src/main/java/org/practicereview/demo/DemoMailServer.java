package org.practicereview.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's own mail server: an in-process GreenMail SMTP server on a free local port, so that
 * {@code mvn spring-boot:run} sends every notice somewhere real and the administrator reads them at
 * /demo/mailbox. Only when no {@code spring.mail.host} is set: a configured server always wins.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class DemoMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail demoMailbox() {
        return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    @Bean
    JavaMailSender demoMailSender(GreenMail demoMailbox) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(demoMailbox.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
