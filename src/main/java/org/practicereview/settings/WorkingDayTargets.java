package org.practicereview.settings;

/**
 * The board's targets, in working days, for the steps no statute times: each step's task shows the date,
 * its people are reminded the working day before, and the business unit is told when it passes. The
 * steps before the chair's decision are sized so that the one-month decision can be met; publication
 * counts from the review's sign-off, and its approval from the end of the notice period.
 */
public record WorkingDayTargets(int triage, int agencyRequest, int screening, int recommendation, int referrerReply,
                                int publication) {

    /** What a new installation starts with: 2 + 3 + 10 (agencies) + 5 + 3 working days fit in a month. */
    public static final WorkingDayTargets DEFAULTS = new WorkingDayTargets(2, 3, 5, 3, 5, 20);
}
