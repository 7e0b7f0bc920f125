package org.practicereview.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({MailSettings.class, ConfiguredRecipientAddresses.class})
class MailConfiguration {}
