package org.practicereview.decision;

/** What the chair asks for when deciding not to review; the names are the decision form's option values. */
public enum FollowUpKind {
    DISSEMINATE_LEARNING("Share the learning"),
    IMMEDIATE_ACTION("Take immediate action");

    private final String label;

    FollowUpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
