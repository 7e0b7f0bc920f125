package org.practicereview.web;

import org.practicereview.identity.SignInThrottle;
import org.practicereview.identity.SystemAccounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in against the user store, refused while an account or an address must still wait
 * after repeated failures (the password is then not even checked, and the refusal is not another
 * failure). Agency system accounts are refused: they use the API only.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SystemAccounts systemAccounts;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                    SystemAccounts systemAccounts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.systemAccounts = systemAccounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = addressOf(authentication);
        java.util.Optional<java.time.Duration> wait = throttle.wait(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            if (systemAccounts.isSystemAccount(username)) {
                throw new BadCredentialsException("System accounts use the API");
            }
            throttle.recordSuccess(username);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    static final class SignInThrottledException extends AuthenticationException {

        private final transient java.time.Duration wait;

        SignInThrottledException(java.time.Duration wait) {
            super("Too many failed sign-ins");
            this.wait = wait;
        }

        /** Whole seconds to wait, at least one. */
        long seconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }
}
