package org.practicereview.meetings;

/** A member invited to a meeting: account, name, agency (null for an independent member) and attendance once recorded. */
public record Invitee(String username, String name, String agencyCode, String agencyName, Attendance attendance) {

    public boolean present() {
        return attendance == Attendance.PRESENT;
    }
}
