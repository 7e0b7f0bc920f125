package org.practicereview.learning;

/** Where a briefing was used; people read the label. */
public enum BriefingSetting {
    TEAM_MEETING("Team meeting"),
    TRAINING("Training"),
    SUPERVISION("Supervision"),
    OTHER("Somewhere else");

    private final String label;

    BriefingSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
