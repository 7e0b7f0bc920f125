package org.practicereview.administration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.AgencyDetails;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.PasswordPolicy;
import org.practicereview.identity.SignInLinks;
import org.practicereview.identity.SignInThrottle;
import org.practicereview.identity.SystemAccounts;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to people's accounts. Accounts are deactivated, never deleted, so what
 * a person did stays attributed to them. An administrator cannot leave the board without an active
 * administrator, nor give themselves the auditor's role over their own actions. Each change is
 * checked whole (every fault at once), stored and written to the trail in one transaction; the trail
 * names the account and the roles, never a password or a link.
 */
@Service
public class People {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Users users;
    private final Agencies agencies;
    private final PasswordPolicy policy;
    private final SignInLinks links;
    private final SignInThrottle throttle;
    private final SystemAccounts systemAccounts;
    private final Trail trail;

    People(Users users, Agencies agencies, PasswordPolicy policy, SignInLinks links, SignInThrottle throttle,
           SystemAccounts systemAccounts, Trail trail) {
        this.users = users;
        this.agencies = agencies;
        this.policy = policy;
        this.links = links;
        this.throttle = throttle;
        this.systemAccounts = systemAccounts;
        this.trail = trail;
    }

    /** Every fault of a new person's details, in the order of the form; empty when they can be added. */
    public List<FieldError> checkNew(PersonDetails person) {
        List<FieldError> errors = new ArrayList<>();
        String username = person.username() == null ? "" : person.username().strip();
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "Enter a username"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username",
                    "A username is 2 to 100 lower-case letters, digits, dots, dashes or underscores, like sam.jones"));
        } else if (users.exists(username)) {
            errors.add(new FieldError("username", "Someone already has the username " + username + ". Choose another"));
        }
        errors.addAll(checkDetails(person));
        if (PersonDetails.TEMPORARY_PASSWORD.equals(person.signIn())) {
            policy.problem(person.temporaryPassword(), username).ifPresent(p -> errors.add(new FieldError("temporaryPassword", p)));
        } else if (!PersonDetails.LINK.equals(person.signIn())) {
            errors.add(new FieldError("signIn", "Select how they will sign in for the first time"));
        }
        return errors;
    }

    /** Adds the person; the link to give them, or the note that their temporary password is set. */
    @Transactional
    public SignInHandedOver add(Actor admin, PersonDetails person) {
        refuseIf(checkNew(person));
        String username = person.username().strip();
        Set<Role> roles = roles(person.roles());
        boolean temporary = PersonDetails.TEMPORARY_PASSWORD.equals(person.signIn());
        String password = temporary ? person.temporaryPassword() : SignInSecrets.unusable();
        users.create(new NewUser(username, person.displayName().strip(), blankToNull(person.email()), roles,
                agencyOf(roles, person.agencyCode()), password), temporary);
        trail.append(null, admin, TrailAction.ACCOUNT_ADDED, "account " + username + ", " + describe(roles, person.agencyCode()));
        return temporary ? new SignInHandedOver(username, null, null) : link(admin, username, false);
    }

    /** Every fault of changed details for an existing account, in the order of the form. */
    public List<FieldError> checkChange(Actor admin, String username, PersonDetails person) {
        UserAccount account = existing(username);
        List<FieldError> errors = new ArrayList<>(checkDetails(person));
        if (!errors.isEmpty()) {
            return errors;
        }
        Set<Role> roles = roles(person.roles());
        if (admin.userId().equals(username) && roles.contains(Role.AUDITOR) && !account.roles().contains(Role.AUDITOR)) {
            errors.add(new FieldError("roles", "You cannot give yourself the auditor’s role: an auditor checks what administrators did"));
        }
        if (account.enabled() && account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && users.activeAdministrators() <= 1) {
            errors.add(new FieldError("roles", "This is the only active administrator. Give someone else the administrator’s role first"));
        }
        return errors;
    }

    @Transactional
    public UserAccount change(Actor admin, String username, PersonDetails person) {
        refuseIf(checkChange(admin, username, person));
        Set<Role> roles = roles(person.roles());
        UserAccount changed = users.update(username, person.displayName().strip(), blankToNull(person.email()), roles,
                agencyOf(roles, person.agencyCode()));
        trail.append(null, admin, TrailAction.ACCOUNT_CHANGED, "account " + username + ", " + describe(roles, person.agencyCode()));
        return changed;
    }

    /** Why the account cannot be deactivated, or empty. */
    public List<FieldError> checkDeactivate(Actor admin, String username) {
        UserAccount account = existing(username);
        if (admin.userId().equals(username)) {
            return List.of(new FieldError(null, "You cannot deactivate your own account"));
        }
        if (account.enabled() && account.roles().contains(Role.ADMIN) && users.activeAdministrators() <= 1) {
            return List.of(new FieldError(null, "This is the only active administrator. Give someone else the administrator’s role first"));
        }
        return List.of();
    }

    @Transactional
    public void deactivate(Actor admin, String username) {
        refuseIf(checkDeactivate(admin, username));
        users.deactivate(username);
        trail.append(null, admin, TrailAction.ACCOUNT_DEACTIVATED, "account " + username);
    }

    @Transactional
    public void reactivate(Actor admin, String username) {
        existing(username);
        users.reactivate(username);
        trail.append(null, admin, TrailAction.ACCOUNT_REACTIVATED, "account " + username);
    }

    /** Every fault of a reset: how they will sign in, and the temporary password against the policy. */
    public List<FieldError> checkReset(String username, String signIn, String temporaryPassword) {
        existing(username);
        if (systemAccounts.isSystemAccount(username)) {
            return List.of(new FieldError(null, "An agency system account signs in with API tokens, not a password"));
        }
        if (PersonDetails.TEMPORARY_PASSWORD.equals(signIn)) {
            return policy.problem(temporaryPassword, username).map(p -> List.of(new FieldError("temporaryPassword", p))).orElse(List.of());
        }
        return PersonDetails.LINK.equals(signIn) ? List.of()
                : List.of(new FieldError("signIn", "Select how they will sign in"));
    }

    /** A new one-time link or temporary password: the old password stops working, the account is unlocked. */
    @Transactional
    public SignInHandedOver reset(Actor admin, String username, String signIn, String temporaryPassword) {
        refuseIf(checkReset(username, signIn, temporaryPassword));
        throttle.unlock(username);
        if (PersonDetails.TEMPORARY_PASSWORD.equals(signIn)) {
            users.setPassword(username, temporaryPassword, true);
            trail.append(null, admin, TrailAction.SIGN_IN_RESET, "account " + username + ", temporary password");
            return new SignInHandedOver(username, null, null);
        }
        return link(admin, username, true);
    }

    @Transactional
    public void unlock(Actor admin, String username) {
        existing(username);
        throttle.unlock(username);
        trail.append(null, admin, TrailAction.ACCOUNT_UNLOCKED, "account " + username);
    }

    public boolean locked(String username) {
        return throttle.locked(username);
    }

    private SignInHandedOver link(Actor admin, String username, boolean reset) {
        if (reset) {
            users.setPassword(username, SignInSecrets.unusable(), false);
        }
        SignInLinks.IssuedLink link = links.issue(username);
        trail.append(null, admin, TrailAction.SIGN_IN_RESET, "account " + username + ", one-time sign-in link");
        return new SignInHandedOver(username, "/sign-in/link/" + link.token(), link.expires());
    }

    private List<FieldError> checkDetails(PersonDetails person) {
        List<FieldError> errors = new ArrayList<>();
        String name = person.displayName() == null ? "" : person.displayName().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("displayName", "Enter their full name"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("displayName", "Their name must be 200 characters or fewer"));
        }
        String email = person.email() == null ? "" : person.email().strip();
        if (email.isEmpty()) {
            errors.add(new FieldError("email", "Enter their email address"));
        } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Enter an email address in the correct format, like name@example.org"));
        }
        if (person.roles().isEmpty()) {
            errors.add(new FieldError("roles", "Select at least one role"));
        } else if (person.roles().stream().anyMatch(r -> !isRole(r))) {
            errors.add(new FieldError("roles", "Select roles from the list"));
        } else if (person.roles().contains(Role.AGENCY.name())) {
            String code = person.agencyCode() == null ? "" : person.agencyCode().strip();
            if (code.isEmpty()) {
                errors.add(new FieldError("agencyCode", "Select the agency they work for"));
            } else if (agencies.details(code).filter(AgencyDetails::active).isEmpty()) {
                errors.add(new FieldError("agencyCode", "Select an agency from the list"));
            }
        }
        return errors;
    }

    private UserAccount existing(String username) {
        return users.find(username).orElseThrow(() -> new PersonNotFoundException());
    }

    static boolean isRole(String name) {
        return name != null && EnumSet.allOf(Role.class).stream().anyMatch(r -> r.name().equals(name));
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    private static String agencyOf(Set<Role> roles, String agencyCode) {
        return roles.contains(Role.AGENCY) ? agencyCode.strip() : null;
    }

    private static String describe(Set<Role> roles, String agencyCode) {
        String words = roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        return "roles: " + words + (roles.contains(Role.AGENCY) ? ", agency " + agencyCode.strip() : "");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }

    /** No account has this username. */
    public static class PersonNotFoundException extends RuntimeException {
        PersonNotFoundException() {
            super("No such account", null, false, false);
        }
    }
}
