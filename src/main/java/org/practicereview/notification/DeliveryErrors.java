package org.practicereview.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Why a mail was not sent, in plain words for the outbox page and the trail. Never the server's own
 * text: it often repeats the address it refused.
 */
final class DeliveryErrors {

    static final String NO_ADDRESS = "No email address is set for this recipient";

    private DeliveryErrors() {}

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SocketTimeoutException) {
                return "The mail server could not be reached";
            }
            if (t instanceof AuthenticationFailedException) {
                return "The mail server refused the sign-in";
            }
            if (t instanceof AddressException) {
                return "The address is not a valid email address";
            }
            if (t instanceof SendFailedException) {
                return "The mail server refused the message";
            }
        }
        return "The mail could not be sent";
    }

    /** A failure that trying again cannot mend. */
    static boolean permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
        }
        return false;
    }
}
