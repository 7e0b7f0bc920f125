package org.practicereview.review;

/** Progress of one action plan item. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    COMPLETED
}
