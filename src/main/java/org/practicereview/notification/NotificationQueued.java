package org.practicereview.notification;

/** A notice was written to the outbox; the relay sends it once the transaction has committed. */
record NotificationQueued(long id) {}
