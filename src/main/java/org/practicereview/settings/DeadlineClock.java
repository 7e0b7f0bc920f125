package org.practicereview.settings;

/** A case clock whose length the board's settings set. */
public enum DeadlineClock {
    AGENCY_SUMMARY("Agency information request"),
    CHAIR_DECISION("Chair's decision"),
    NOTICE_PERIOD("Notice before publication");

    private final String label;

    DeadlineClock(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
