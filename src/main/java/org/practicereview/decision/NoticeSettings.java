package org.practicereview.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The board's name and where the decision's notices go ({@code practice-review.*}). Without a
 * configured chair mailbox, overdue-decision escalations go to the chair's role group.
 */
@ConfigurationProperties("practice-review")
record NoticeSettings(
        String boardName,
        String nationalPanelAddress,
        String ofstedAddress,
        String boardMembersAddress,
        String coordinatorAddress,
        @DefaultValue("role:CHAIR") String chairAddress) {}
