package org.practicereview.notification;

/**
 * Why a notification is sent; the auditor filters by it. The outbox stores the constant's name;
 * people read the label.
 */
public enum NotificationKind {
    REFERRAL_ACKNOWLEDGEMENT("Acknowledgement of the referral"),
    NEW_REFERRAL("New referral"),
    MORE_INFORMATION_REQUESTED("Request for more information"),
    AGENCY_INFORMATION_REQUEST("Request for agency information"),
    AGENCY_INFORMATION_REMINDER("Reminder of the agency information request"),
    DECISION_OVERDUE("Chair's decision overdue"),
    DECISION_NOTICE("Notice of the chair's decision"),
    SCR_INITIATED_NOTICE("Notice that a serious case review is initiated"),
    SCR_NOT_INITIATED_NOTICE("Notice that no serious case review is initiated"),
    REVIEW_REMINDER("Reminder of the six-month target"),
    REVIEW_OVERDUE("Review past its six-month target"),
    AGENCY_REPORT_REQUEST("Request for an agency report"),
    AGENCY_REPORT_REMINDER("Reminder of the agency report request"),
    AGENCY_REPORTS_OVERDUE("Agency reports overdue"),
    FOLLOW_UP_OVERDUE("Follow-up actions overdue"),
    ACTION_DUE_SOON("Action plan action due soon"),
    ACTION_OVERDUE("Action plan action overdue"),
    PRE_PUBLICATION_NOTICE("Pre-publication notice"),
    STEP_REMINDER("Reminder of a step's target date"),
    STEP_OVERDUE("Step past its target date"),
    PROCEEDINGS_CHECK("Question whether parallel proceedings have concluded"),
    PUBLISHED("Review published"),
    /** A published 7 minute briefing sent to an agency, linking to where it records each use with its staff. */
    BRIEFING_PUBLISHED("7 minute briefing to use with staff"),
    /** The follow-up survey of a published review: the agency is asked what changed in its practice. */
    PRACTICE_QUESTION("Question: what changed in practice after a review"),
    PRACTICE_QUESTION_REMINDER("Reminder of the question of what changed in practice"),
    TASK_WAITING("A task is waiting"),
    TASK_DUE_SOON("A task is due soon"),
    TASK_OVERDUE("A task is overdue"),
    TASK_DIGEST("Daily digest of tasks"),
    TRAIL_CHECKPOINT("Signed checkpoint of the decision trail"),
    /** A referral for learning or good practice went to the PRG as a review: the referrer and the board are told. */
    LEARNING_REVIEW_NOTICE("Notice that a learning review is commissioned"),
    MEETING_AGENDA("Agenda of a PRG meeting"),
    MEETING_MINUTES_APPROVED("Minutes of a PRG meeting approved"),
    /** 2018 route: the safeguarding partners told that the local authority notified the national panel. */
    PANEL_NOTIFIED_NOTICE("Notice that a serious incident was notified to the national panel"),
    /** 2018 route: a looked-after child died; Ofsted and the Secretary of State are told whether or not abuse or neglect is suspected. */
    LOOKED_AFTER_CHILD_DEATH_NOTICE("Notice of the death of a looked-after child"),
    RAPID_REVIEW_TO_PANEL("Rapid review sent to the national panel");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statutory notices: they carry the decision record as an attachment. */
    public boolean statutory() {
        return this == SCR_INITIATED_NOTICE || this == SCR_NOT_INITIATED_NOTICE;
    }

    /** An agency asked to do one task (its summary, its report): the request is that task's "waiting" mail. */
    public boolean asksAgency() {
        return this == AGENCY_INFORMATION_REQUEST || this == AGENCY_REPORT_REQUEST;
    }

    /** Mails about a person's tasks, not notices of the case: kept out of the case file's notices. */
    public boolean aboutTasks() {
        return name().startsWith("TASK_");
    }
}
