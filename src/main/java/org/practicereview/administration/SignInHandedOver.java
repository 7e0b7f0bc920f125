package org.practicereview.administration;

import java.time.Instant;

/**
 * How a person signs in for the first time (or after a reset), shown once to the administrator who
 * gives it to them: a one-time link's path and its expiry, or the fact that the temporary password
 * they typed is now set (never the password itself).
 */
public record SignInHandedOver(String username, String linkPath, Instant linkExpires) {

    public boolean isLink() {
        return linkPath != null;
    }

    @Override
    public String toString() {
        return "SignInHandedOver[" + username + "]";
    }
}
