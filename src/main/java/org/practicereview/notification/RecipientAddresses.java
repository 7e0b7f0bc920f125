package org.practicereview.notification;

import java.util.Optional;

/**
 * The board's mailboxes that notices go to. The default reads them from configuration
 * ({@link ConfiguredRecipientAddresses}); the board's settings may stand in for it, as one bean of this type.
 */
public interface RecipientAddresses {

    String nationalPanel();

    String ofsted();

    String chair();

    /** The board's business unit (the PRG coordinators' shared mailbox). */
    String businessUnit();

    String boardMembers();

    /** The agency's safeguarding mailbox, when the board has one for it; its users are written to as well. */
    Optional<String> agencyMailbox(String agencyCode);
}
