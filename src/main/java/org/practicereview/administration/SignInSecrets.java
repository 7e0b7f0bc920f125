package org.practicereview.administration;

import java.security.SecureRandom;
import java.util.Base64;

/** A password nobody is told: an account waiting for its one-time link cannot be signed in by guessing. */
final class SignInSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInSecrets() {}

    static String unusable() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
