package org.practicereview.notification;

import java.util.Optional;
import org.practicereview.identity.Agencies;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.SettingsVersion;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The board's mailboxes as the administrator keeps them: the recipients of the board's settings in
 * force now, and each agency's safeguarding mailbox from its record (else the configured
 * {@code practice-review.agency-mailboxes.<code>}, else none: {@link Recipients} writes to its users in any case).
 */
@Primary
@Component
class BoardRecipientAddresses implements RecipientAddresses {

    private final BoardSettings settings;
    private final Agencies agencies;
    private final ConfiguredRecipientAddresses configured;

    BoardRecipientAddresses(BoardSettings settings, Agencies agencies, ConfiguredRecipientAddresses configured) {
        this.settings = settings;
        this.agencies = agencies;
        this.configured = configured;
    }

    @Override
    public String nationalPanel() {
        return now().nationalPanelAddress();
    }

    @Override
    public String ofsted() {
        return now().ofstedAddress();
    }

    @Override
    public String chair() {
        return now().chairAddress();
    }

    @Override
    public String businessUnit() {
        return now().businessUnitAddress();
    }

    @Override
    public String boardMembers() {
        return now().boardMembersAddress();
    }

    @Override
    public Optional<String> agencyMailbox(String agencyCode) {
        Optional<String> kept = agencies.details(agencyCode).map(a -> a.mailbox()).filter(m -> m != null && !m.isBlank());
        return kept.isPresent() ? kept : configured.agencyMailbox(agencyCode);
    }

    private SettingsVersion now() {
        return settings.current();
    }
}
