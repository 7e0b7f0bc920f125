package org.practicereview.notification;

/** Where a notice stands, in the words every page, report and PDF uses for it. */
public enum NoticeStatus {
    QUEUED("Queued, not yet sent"),
    SENT("Sent"),
    FAILED("Failed");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
