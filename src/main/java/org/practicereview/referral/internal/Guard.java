package org.practicereview.referral.internal;

/** Invariant checks of the referral aggregate; messages name the rule, never the data. */
final class Guard {

    private Guard() {}

    static void present(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A referral needs the " + what);
        }
    }

    static void holds(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(rule);
        }
    }
}
