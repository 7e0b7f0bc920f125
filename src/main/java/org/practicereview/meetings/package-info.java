/**
 * Meetings owns the PRG's meetings: the coordinator schedules them, invites members and tables the
 * cases whose screening, recommendation or quality assurance is due, carrying a case over with a reason.
 * Other modules read a case's meetings through {@link org.practicereview.meetings.Meetings}.
 */
package org.practicereview.meetings;
