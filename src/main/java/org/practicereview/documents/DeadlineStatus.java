package org.practicereview.documents;

/** Whether something the regulations time-limit was done in time. */
public enum DeadlineStatus {
    MET("Met"),
    MISSED("Missed"),
    PENDING("Pending"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
