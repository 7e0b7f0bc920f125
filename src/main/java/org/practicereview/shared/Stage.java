package org.practicereview.shared;

/**
 * Where a case stands. Set from the process itself: each user task, call activity and end event
 * names its stage in a {@code camunda:property name="stage"}.
 */
public enum Stage {
    TRIAGE("Triage"),
    /** On the 2018 route: the local authority records when it became aware and notifies the national panel. */
    NOTIFICATION("Serious incident notification"),
    AGENCY_INFORMATION("Agency information"),
    SCREENING("Screening"),
    DECISION("Chair's decision"),
    REVIEW("Review"),
    PUBLICATION("Publication"),
    PUBLISHED("Published"),
    CLOSED("Closed"),
    MERGED("Merged"),
    /** The 2018 route: the partners' rapid review of a serious incident, their approvals and the national panel's response. */
    RAPID_REVIEW("Rapid review");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
