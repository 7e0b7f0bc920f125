package org.practicereview.shared;

/**
 * A rule of the service refused what someone asked: not in this state, not yet, not again. The
 * message is for that person, in plain words and without personal data; pages show it in the error
 * summary and the API as a problem detail, never as a fault. A true fault stays an ordinary exception.
 */
public class BusinessRuleException extends IllegalStateException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
