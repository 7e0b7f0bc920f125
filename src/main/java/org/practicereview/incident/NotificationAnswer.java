package org.practicereview.incident;

import java.time.Instant;

/**
 * What the notification criteria answered for a case: whether the local authority notifies the national panel,
 * whether Ofsted and the Secretary of State are told, why, and which table (key, version, tag) and rule said so.
 */
public record NotificationAnswer(boolean notifyPanel, boolean notifyOfstedAndSecretaryOfState, String reason,
                                 String decisionKey, int decisionVersion, String decisionVersionTag, String ruleId,
                                 Instant evaluatedAt) {

    /** "Version 1 (ca2004-s16c-v1)": the table as people see it named. */
    public String tableInWords() {
        return "Version " + decisionVersion + (decisionVersionTag == null ? "" : " (" + decisionVersionTag + ")");
    }
}
