package org.practicereview.notification;

import java.util.Map;
import org.practicereview.shared.Actor;
import org.springframework.stereotype.Component;

/** Names the kind of a recipient for the trail and the pages, so that no address (a person's, perhaps) is ever shown there. */
@Component
class RecipientKinds {

    private final RecipientAddresses mailboxes;

    RecipientKinds(RecipientAddresses mailboxes) {
        this.mailboxes = mailboxes;
    }

    String kindOf(String recipient) {
        if (recipient == null) {
            return "nobody";
        }
        if (recipient.startsWith(Actor.AGENCY_GROUP_PREFIX)) {
            return "agency " + recipient.substring(Actor.AGENCY_GROUP_PREFIX.length());
        }
        if (recipient.startsWith(Recipients.USER_PREFIX)) {
            return "a user";
        }
        if (recipient.equals(Recipients.ROLE_PREFIX + "CHAIR")) {
            return "chair";
        }
        if (recipient.equals(Recipients.ROLE_PREFIX + "AUDITOR")) {
            return "auditors";
        }
        Map<String, String> known = Map.of("national panel", mailboxes.nationalPanel(), "Ofsted", mailboxes.ofsted(),
                "board members", mailboxes.boardMembers(), "coordinator", mailboxes.businessUnit(), "chair", mailboxes.chair());
        return known.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(recipient)).map(Map.Entry::getKey)
                .findFirst().orElse("referrer or other address");
    }
}
