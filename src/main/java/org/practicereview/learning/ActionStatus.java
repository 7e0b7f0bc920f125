package org.practicereview.learning;

/** Where one action of a living plan stands; people read the label, and the tag has one colour per status. */
public enum ActionStatus {
    NOT_STARTED("Not started", "grey"),
    IN_PROGRESS("In progress", "blue"),
    AWAITING_ACCEPTANCE("Waiting for the PRG to accept", "yellow"),
    ACCEPTED("Done and accepted", "green");

    private final String label;
    private final String colour;

    ActionStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
