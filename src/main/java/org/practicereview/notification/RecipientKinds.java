package org.practicereview.notification;

import java.util.List;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Names the kind of a recipient for the trail and the pages, so that no address (a person's, perhaps) is
 * ever shown there. An address the board's settings held before a change still names its kind: a notice
 * sent to the national panel's old mailbox was sent to the national panel.
 */
@Component
class RecipientKinds {

    private static final List<String> KINDS = List.of("national panel", "Ofsted", "board members", "coordinator", "chair");

    private final RecipientAddresses mailboxes;
    private final BoardSettings settings;

    RecipientKinds(RecipientAddresses mailboxes, BoardSettings settings) {
        this.mailboxes = mailboxes;
        this.settings = settings;
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
        if (recipient.startsWith(Recipients.ROLE_PREFIX + "PARTNER_")) {
            return "safeguarding partners";
        }
        String secretaryOfState = settings.current().secretaryOfStateAddress();
        if (secretaryOfState != null && secretaryOfState.equalsIgnoreCase(recipient)) {
            return "Secretary of State";
        }
        return kindIn(current(), recipient).or(() -> earlier(recipient)).orElse("referrer or other address");
    }

    private List<String> current() {
        return List.of(n(mailboxes.nationalPanel()), n(mailboxes.ofsted()), n(mailboxes.boardMembers()), n(mailboxes.businessUnit()),
                n(mailboxes.chair()));
    }

    /** The kind the address had in the newest settings version that held it; asked only when today's addresses do not match. */
    private java.util.Optional<String> earlier(String recipient) {
        for (SettingsVersion v : settings.history()) {
            java.util.Optional<String> kind = kindIn(List.of(n(v.nationalPanelAddress()), n(v.ofstedAddress()),
                    n(v.boardMembersAddress()), n(v.businessUnitAddress()), n(v.chairAddress())), recipient);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return java.util.Optional.empty();
    }

    /** The first kind whose address (the five of {@link #current()}, in that order) is the recipient's. */
    private static java.util.Optional<String> kindIn(List<String> addresses, String recipient) {
        for (int i = 0; i < KINDS.size(); i++) {
            if (!addresses.get(i).isEmpty() && addresses.get(i).equalsIgnoreCase(recipient)) {
                return java.util.Optional.of(KINDS.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private static String n(String address) {
        return address == null ? "" : address;
    }
}
