package org.practicereview.notification;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailboxes from {@code practice-review.*} (docs/operations.md "Mail"): the same
 * {@code *-address} settings the notices are queued with, and {@code agency-mailboxes.<code>}.
 */
@ConfigurationProperties("practice-review")
record ConfiguredRecipientAddresses(
        @DefaultValue("") String nationalPanelAddress,
        @DefaultValue("") String ofstedAddress,
        @DefaultValue("") String chairAddress,
        @DefaultValue("") String coordinatorAddress,
        @DefaultValue("") String boardMembersAddress,
        Map<String, String> agencyMailboxes) implements RecipientAddresses {

    ConfiguredRecipientAddresses {
        agencyMailboxes = agencyMailboxes == null ? Map.of() : Map.copyOf(agencyMailboxes);
    }

    @Override
    public String nationalPanel() {
        return nationalPanelAddress;
    }

    @Override
    public String ofsted() {
        return ofstedAddress;
    }

    @Override
    public String chair() {
        return chairAddress;
    }

    @Override
    public String businessUnit() {
        return coordinatorAddress;
    }

    @Override
    public String boardMembers() {
        return boardMembersAddress;
    }

    @Override
    public Optional<String> agencyMailbox(String agencyCode) {
        return Optional.ofNullable(agencyMailboxes.get(agencyCode)).filter(a -> !a.isBlank());
    }
}
