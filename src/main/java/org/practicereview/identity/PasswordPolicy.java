package org.practicereview.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of the NCSC's guidance for system owners: length over complexity (at least 12
 * characters, no rules about character classes), screened against the most common passwords (the
 * list in {@code identity/common-passwords.txt}, shipped with the product) and never forced to
 * expire. BCrypt reads 72 bytes at most, so a longer password is refused rather than cut.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why the password cannot be used, in words for the person choosing it; empty when it can. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Enter a password of at least " + MIN_LENGTH + " characters: three random words make a good one");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Enter a password of " + MAX_BYTES + " characters or fewer");
        }
        String normalised = password.strip().toLowerCase(Locale.UK);
        if (common.contains(normalised)) {
            return Optional.of("This password is one of the most common passwords. Choose a different one");
        }
        if (username != null && !username.isBlank() && normalised.contains(username.toLowerCase(Locale.UK))) {
            return Optional.of("Your password must not contain your username");
        }
        if (normalised.codePoints().distinct().count() < 4) {
            return Optional.of("Your password repeats too few characters to be hard to guess. Choose a different one");
        }
        return Optional.empty();
    }

    /** True when the password is on the list of common passwords. */
    public boolean isCommon(String password) {
        return password != null && common.contains(password.strip().toLowerCase(Locale.UK));
    }

    private static Set<String> load() {
        var resource = new ClassPathResource("identity/common-passwords.txt");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.UK)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the build", e);
        }
    }
}
