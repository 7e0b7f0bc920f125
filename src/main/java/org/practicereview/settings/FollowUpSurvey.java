package org.practicereview.settings;

/**
 * When the board asks the agencies involved in a published review "what changed in practice?": this
 * many months after publication (on the next working day when that day is not one), and a reminder
 * this many working days after asking when an agency has not answered. Versioned with the other
 * settings; a review is asked as the version in force when it was published says.
 */
public record FollowUpSurvey(int monthsAfterPublication, int reminderWorkingDays) {

    /** What a new installation starts with: six months, as the board's learning and improvement framework suggests. */
    public static final FollowUpSurvey DEFAULTS = new FollowUpSurvey(6, 20);
}
