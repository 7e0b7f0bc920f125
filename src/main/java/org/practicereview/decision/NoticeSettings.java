package org.practicereview.decision;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.SettingsVersion;
import org.springframework.stereotype.Component;

/**
 * The board's name and where the decision's notices go, from the board's settings in force when a
 * notice is queued (an administrator changes them at /admin/settings). Without a chair's mailbox,
 * overdue-decision escalations go to the chair's role group.
 */
@Component
class NoticeSettings {

    static final String CHAIR_ROLE = "role:CHAIR";

    private final BoardSettings settings;

    NoticeSettings(BoardSettings settings) {
        this.settings = settings;
    }

    String boardName() {
        return now().boardName();
    }

    String nationalPanelAddress() {
        return now().nationalPanelAddress();
    }

    /** Every address the national panel has had, so that a notice sent before a change still counts as the panel's. */
    Set<String> nationalPanelAddresses() {
        return settings.history().stream().map(SettingsVersion::nationalPanelAddress).filter(Objects::nonNull)
                .map(a -> a.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    String ofstedAddress() {
        return now().ofstedAddress();
    }

    String boardMembersAddress() {
        return now().boardMembersAddress();
    }

    String coordinatorAddress() {
        return now().businessUnitAddress();
    }

    String chairAddress() {
        String chair = now().chairAddress();
        return chair == null || chair.isBlank() ? CHAIR_ROLE : chair;
    }

    private SettingsVersion now() {
        return settings.current();
    }
}
