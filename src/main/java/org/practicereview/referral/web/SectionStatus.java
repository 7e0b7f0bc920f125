package org.practicereview.referral.web;

/** A task's status on the task list, worded and coloured as the GOV.UK task list component shows it. */
enum SectionStatus {
    NOT_STARTED("Not yet started", "govuk-tag govuk-tag--blue"),
    IN_PROGRESS("In progress", "govuk-tag govuk-tag--light-blue"),
    COMPLETED("Completed", null),
    CANNOT_START_YET("Cannot start yet", null);

    private final String label;
    private final String tagClasses;

    SectionStatus(String label, String tagClasses) {
        this.label = label;
        this.tagClasses = tagClasses;
    }

    public String label() { return label; }
    /** Null when the status is plain text rather than a tag. */
    public String tagClasses() { return tagClasses; }
    public boolean linked() { return this != CANNOT_START_YET; }
}
