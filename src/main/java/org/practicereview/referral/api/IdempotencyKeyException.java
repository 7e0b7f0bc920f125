package org.practicereview.referral.api;

import org.springframework.http.HttpStatus;

/** The Idempotency-Key of a POST cannot be honoured; the message is safe to show (it never repeats the key). */
class IdempotencyKeyException extends RuntimeException {

    enum Kind {
        MISSING_OR_INVALID(HttpStatus.BAD_REQUEST, "Missing or invalid Idempotency-Key",
                "Send an Idempotency-Key header of 1 to 200 visible ASCII characters, new for each referral."),
        REUSED(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused with a different request",
                "This Idempotency-Key was already used with a different request body. Use a new key for a new referral."),
        IN_PROGRESS(HttpStatus.CONFLICT, "Request with this idempotency key in progress",
                "Another request with this Idempotency-Key is still being processed. Try again in a few seconds.");

        final HttpStatus status;
        final String title;
        final String detail;

        Kind(HttpStatus status, String title, String detail) {
            this.status = status;
            this.title = title;
            this.detail = detail;
        }
    }

    private final Kind kind;

    IdempotencyKeyException(Kind kind) {
        super(kind.title, null, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
