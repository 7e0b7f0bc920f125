/**
 * Notifications as an outbox: every acknowledgement, request, reminder, decision notice, statutory
 * notice and task email is first a row written in the transaction of the step that causes it, then
 * sent by mail after the commit by {@link org.practicereview.notification.MailRelay}, so no step waits
 * on a mail server and a notice is sent once whatever node or crash.
 */
package org.practicereview.notification;
