package org.practicereview.review;

/** The PRG's verdict on one draft (the {@code qaOutcome} process variable). */
public enum QaOutcome {
    ACCEPTED,
    RETURNED
}
