/** The PRG meetings' pages: list, scheduling, a meeting's agenda and members, carrying a case over. */
package org.practicereview.meetings.web;
