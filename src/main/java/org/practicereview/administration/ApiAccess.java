package org.practicereview.administration;

import java.util.ArrayList;
import java.util.List;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.AgencyDetails;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.ApiTokens;
import org.practicereview.identity.IssuedToken;
import org.practicereview.identity.SystemAccounts;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency system accounts and their API tokens: an account acts for one agency through the API only;
 * a token is shown once when issued, its last use is listed, and a revoked token stops working at
 * once. The trail names the account and the token's id and name, never the token.
 */
@Service
public class ApiAccess {

    private final SystemAccounts accounts;
    private final ApiTokens tokens;
    private final Users users;
    private final Agencies agencies;
    private final Trail trail;

    ApiAccess(SystemAccounts accounts, ApiTokens tokens, Users users, Agencies agencies, Trail trail) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.users = users;
        this.agencies = agencies;
        this.trail = trail;
    }

    public List<UserAccount> accounts() {
        return accounts.all();
    }

    public boolean isSystemAccount(String username) {
        return accounts.isSystemAccount(username);
    }

    public List<ApiTokens.TokenSummary> tokensOf(String username) {
        return tokens.tokensOf(username);
    }

    /** What a new system account is for: an agency's case system, or the board's own administration scripts. */
    public static final String FOR_AGENCY = "agency";
    public static final String FOR_ADMINISTRATION = "administration";

    public List<FieldError> checkNewAccount(String username, String displayName, String purpose, String agencyCode) {
        List<FieldError> errors = new ArrayList<>();
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("username", "Enter a username for the system account"));
        } else if (!People.USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username", "A username is 2 to 100 lower-case letters, digits, dots, dashes or underscores"));
        } else if (users.exists(name)) {
            errors.add(new FieldError("username", "Someone already has the username " + name + ". Choose another"));
        }
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "Enter what the system is, like the health trust's case system"));
        } else if (displayName.strip().length() > 200) {
            errors.add(new FieldError("displayName", "The description must be 200 characters or fewer"));
        }
        if (FOR_AGENCY.equals(purpose)) {
            if (agencyCode == null || agencyCode.isBlank()) {
                errors.add(new FieldError("agencyCode", "Select the agency the system acts for"));
            } else if (agencies.details(agencyCode).filter(AgencyDetails::active).isEmpty()) {
                errors.add(new FieldError("agencyCode", "Select an agency from the list"));
            }
        } else if (!FOR_ADMINISTRATION.equals(purpose)) {
            errors.add(new FieldError("purpose", "Select what the system account is for"));
        }
        return errors;
    }

    /**
     * Adds a system account: for an agency's case system (the referral API), or for the board's own
     * scripts (the administration API, with the administrator's role).
     */
    @Transactional
    public UserAccount addAccount(Actor admin, String username, String displayName, String purpose, String agencyCode) {
        People.refuseIf(checkNewAccount(username, displayName, purpose, agencyCode));
        if (FOR_ADMINISTRATION.equals(purpose)) {
            UserAccount account = accounts.createForAdministration(username.strip(), displayName.strip());
            trail.append(null, admin, TrailAction.SYSTEM_ACCOUNT_ADDED, "account " + account.username() + ", administration API");
            return account;
        }
        UserAccount account = accounts.create(username.strip(), displayName.strip(), agencyCode, null);
        trail.append(null, admin, TrailAction.SYSTEM_ACCOUNT_ADDED, "account " + account.username() + ", agency " + agencyCode);
        return account;
    }

    public List<FieldError> checkToken(String username, String tokenName) {
        requireAccount(username);
        if (tokenName == null || tokenName.isBlank()) {
            return List.of(new FieldError("name", "Enter a name for the token, like the system that will use it"));
        }
        if (tokenName.strip().length() > 100) {
            return List.of(new FieldError("name", "The token's name must be 100 characters or fewer"));
        }
        return List.of();
    }

    /** Issues a token: its secret is in the result only, shown once and never kept. */
    @Transactional
    public IssuedToken issue(Actor admin, String username, String tokenName) {
        People.refuseIf(checkToken(username, tokenName));
        IssuedToken issued = tokens.issue(username, tokenName);
        trail.append(null, admin, TrailAction.API_TOKEN_ISSUED, "account " + username + ", token " + issued.id());
        return issued;
    }

    @Transactional
    public void revoke(Actor admin, String username, String tokenId) {
        requireAccount(username);
        if (!tokens.holderOf(tokenId).map(username::equals).orElse(false)) {
            throw new People.PersonNotFoundException();
        }
        tokens.revoke(tokenId);
        trail.append(null, admin, TrailAction.API_TOKEN_REVOKED, "account " + username + ", token " + tokenId);
    }

    private void requireAccount(String username) {
        if (!accounts.isSystemAccount(username)) {
            throw new People.PersonNotFoundException();
        }
    }
}
