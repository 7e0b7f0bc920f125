/**
 * Notifications as an outbox: every acknowledgement, request, reminder, decision notice and statutory
 * notice is first a row (recipient, subject, body, due, sent) written in the transaction of the step
 * that causes it. Delivery by mail reads the outbox later, so no step waits on a mail server.
 */
package org.practicereview.notification;
