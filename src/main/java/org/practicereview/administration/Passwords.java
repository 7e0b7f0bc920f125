package org.practicereview.administration;

import java.util.ArrayList;
import java.util.List;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.PasswordPolicy;
import org.practicereview.identity.SignInLinks;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People choose their own password: with a one-time link, after a temporary password, or when they wish. */
@Service
public class Passwords {

    private final Users users;
    private final SignInLinks links;
    private final PasswordPolicy policy;
    private final Trail trail;

    Passwords(Users users, SignInLinks links, PasswordPolicy policy, Trail trail) {
        this.users = users;
        this.links = links;
        this.policy = policy;
        this.trail = trail;
    }

    /** The user a link is for, while it works. */
    public java.util.Optional<String> linkHolder(String token) {
        return links.holder(token);
    }

    /** Sets the password chosen with a one-time link; false when the link no longer works. */
    @Transactional
    public boolean chooseWithLink(String token, String password, String confirmation) {
        String username = links.holder(token).orElse(null);
        if (username == null) {
            return false;
        }
        refuseIf(check(username, password, confirmation));
        if (!links.redeem(token, password)) {
            return false;
        }
        trail.append(null, Actor.of(username), TrailAction.SIGN_IN_LINK_USED, "account " + username);
        return true;
    }

    /** Changes a signed-in user's password; the current one is asked unless they must change a temporary one. */
    @Transactional
    public void change(Actor actor, String current, String password, String confirmation) {
        List<FieldError> errors = new ArrayList<>();
        if (!users.mustChangePassword(actor.userId()) && !users.passwordMatches(actor.userId(), current)) {
            errors.add(new FieldError("currentPassword", "Enter your current password correctly"));
        }
        errors.addAll(check(actor.userId(), password, confirmation));
        refuseIf(errors);
        users.setPassword(actor.userId(), password, false);
        trail.append(null, actor, TrailAction.PASSWORD_CHANGED, "account " + actor.userId());
    }

    public boolean mustChange(String username) {
        return users.mustChangePassword(username);
    }

    private List<FieldError> check(String username, String password, String confirmation) {
        List<FieldError> errors = new ArrayList<>();
        policy.problem(password, username).ifPresent(p -> errors.add(new FieldError("password", p)));
        if (errors.isEmpty() && !password.equals(confirmation)) {
            errors.add(new FieldError("confirmation", "Enter the same password twice"));
        }
        return errors;
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }
}
