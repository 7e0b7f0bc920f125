package org.practicereview.administration.api;

import java.time.Instant;
import java.util.List;
import org.practicereview.identity.ApiTokens;
import org.practicereview.identity.UserAccount;

/** The bodies of the administration API. */
final class AdminApi {

    private AdminApi() {}

    /** An account: roles by name (AGENCY, PRG_COORDINATOR, ...), never a password. */
    record Person(String username, String displayName, String email, List<String> roles, String agencyCode, boolean active) {

        static Person of(UserAccount a) {
            return new Person(a.username(), a.displayName(), a.email(), a.roles().stream().sorted().map(Enum::name).toList(),
                    a.agencyCode(), a.enabled());
        }
    }

    /** signIn: "link" (the answer carries a one-time link) or "temporary-password" (with temporaryPassword). */
    record NewPerson(String username, String displayName, String email, List<String> roles, String agencyCode,
                     String signIn, String temporaryPassword) {

        @Override
        public String toString() {
            return "NewPerson[" + username + "]";
        }
    }

    /** The one-time link is in this answer only. */
    record PersonAdded(String username, String signInLink, Instant signInLinkExpires) {}

    record PersonChange(String displayName, String email, List<String> roles, String agencyCode) {}

    /** A system account: agencyCode is the agency it acts for, or null for the board's own administration scripts. */
    record SystemAccount(String username, String displayName, String agencyCode, boolean active) {

        static SystemAccount of(UserAccount a) {
            return new SystemAccount(a.username(), a.displayName(), a.agencyCode(), a.enabled());
        }
    }

    /** purpose: "agency" (with agencyCode) or "administration". */
    record NewSystemAccount(String username, String displayName, String purpose, String agencyCode) {}

    record NewToken(String name) {}

    /** The token's secret is in this answer only; it is kept nowhere. */
    record TokenIssued(String id, String name, String token) {

        @Override
        public String toString() {
            return "TokenIssued[" + id + "]";
        }
    }

    /** A token as listed: when issued, last used and revoked; never its secret. */
    record Token(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, boolean active) {

        static Token of(ApiTokens.TokenSummary t) {
            return new Token(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt(), !t.revoked());
        }
    }

    record AgencyBody(String code, String name, String sector, String mailbox) {}

    /** No account or agency of that name. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("Not found", null, false, false);
        }
    }
}
