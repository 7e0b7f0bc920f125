package org.practicereview.meetings;

/** Whether an invited member came to the meeting. */
public enum Attendance {
    PRESENT("Present"),
    APOLOGIES("Apologies");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
