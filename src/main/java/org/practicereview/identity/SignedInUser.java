package org.practicereview.identity;

import java.util.Collection;
import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.web.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal: a user account plus, while signing in, its password hash. */
public final class SignedInUser implements UserDetails, ActorPrincipal {

    private final UserAccount account;
    private final transient String passwordHash;

    SignedInUser(UserAccount account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public UserAccount account() {
        return account;
    }

    @Override
    public Actor actor() {
        return account.actor();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + account.username() + "]";
    }

    public List<String> groups() {
        return actor().groups();
    }
}
