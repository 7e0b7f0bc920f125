package org.practicereview.notification;

import java.util.List;
import java.util.Objects;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox recipient into mail addresses when it is sent, so a mailbox or a person's address
 * changed after the notice was queued is still right: an address as it is; {@code agency:CODE} the
 * agency's safeguarding mailbox, if it has one, and each of its users; {@code role:ROLE} each user holding the
 * role; {@code user:NAME} that user.
 */
@Component
class Recipients {

    static final String ROLE_PREFIX = "role:";
    static final String USER_PREFIX = "user:";

    private final RecipientAddresses mailboxes;
    private final Users users;

    Recipients(RecipientAddresses mailboxes, Users users) {
        this.mailboxes = mailboxes;
        this.users = users;
    }

    static String user(String username) {
        return USER_PREFIX + username;
    }

    List<String> addressesOf(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return List.of();
        }
        if (recipient.startsWith(Actor.AGENCY_GROUP_PREFIX)) {
            String code = recipient.substring(Actor.AGENCY_GROUP_PREFIX.length());
            List<String> people = emails(users.inGroup(recipient));
            return mailboxes.agencyMailbox(code).map(mailbox -> java.util.stream.Stream.concat(java.util.stream.Stream.of(mailbox),
                    people.stream()).distinct().toList()).orElse(people);
        }
        if (recipient.startsWith(ROLE_PREFIX)) {
            return emails(users.inGroup(recipient.substring(ROLE_PREFIX.length())));
        }
        if (recipient.startsWith(USER_PREFIX)) {
            return emails(users.find(recipient.substring(USER_PREFIX.length())).filter(UserAccount::enabled).stream().toList());
        }
        return List.of(recipient);
    }

    private static List<String> emails(List<UserAccount> accounts) {
        return accounts.stream().map(UserAccount::email).filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct().toList();
    }
}
