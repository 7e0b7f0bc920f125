package org.practicereview.notification;

import java.util.Map;
import org.practicereview.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Names the kind of a recipient for the trail, so that no address (a person's, perhaps) is ever recorded there. */
@Component
class RecipientKinds {

    private final Map<String, String> known;

    RecipientKinds(@Value("${practice-review.national-panel-address:}") String panel,
                   @Value("${practice-review.ofsted-address:}") String ofsted,
                   @Value("${practice-review.board-members-address:}") String board,
                   @Value("${practice-review.coordinator-address:}") String coordinator,
                   @Value("${practice-review.chair-address:}") String chair) {
        this.known = Map.of("national panel", panel, "Ofsted", ofsted, "board members", board,
                "coordinator", coordinator, "chair", chair);
    }

    String kindOf(String recipient) {
        if (recipient == null) {
            return "nobody";
        }
        if (recipient.startsWith(Actor.AGENCY_GROUP_PREFIX)) {
            return "agency " + recipient.substring(Actor.AGENCY_GROUP_PREFIX.length());
        }
        return known.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(recipient)).map(Map.Entry::getKey)
                .findFirst().orElse("referrer or other address");
    }
}
