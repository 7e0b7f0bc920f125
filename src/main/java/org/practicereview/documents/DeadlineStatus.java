package org.practicereview.documents;

/** Whether something the regulations time-limit was done in time. */
public enum DeadlineStatus {
    MET("Met"),
    MISSED("Missed"),
    PENDING("Pending"),
    NOT_APPLICABLE("Not applicable"),
    /** A notice written but not yet accepted by the mail server, its deadline still ahead. */
    QUEUED("Queued, not yet sent"),
    /** A notice past its deadline and still not sent. */
    LATE_QUEUED("Missed: queued, not yet sent"),
    /** A notice the mail server never took, after every attempt. */
    FAILED("Failed, not sent");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
