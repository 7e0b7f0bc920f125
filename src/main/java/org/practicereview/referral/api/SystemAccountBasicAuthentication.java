package org.practicereview.referral.api;

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

/**
 * HTTP Basic for system accounts only, checked against the BCrypt hash on every call (nothing is
 * cached) and throttled like the sign-in page. People's accounts are refused here even with the
 * right password. Not a bean: a second AuthenticationProvider bean would change the web sign-in.
 */
final class SystemAccountBasicAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SystemAccounts accounts;

    SystemAccountBasicAuthentication(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                     SystemAccounts accounts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
        java.util.Optional<java.time.Duration> wait = throttle.wait(username, address);
        if (wait.isPresent()) {
            throw new ApiAuthenticationProblems.BasicThrottledException(wait.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.recordFailure(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!accounts.isSystemAccount(username)) {
            throttle.recordFailure(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.recordSuccess(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
