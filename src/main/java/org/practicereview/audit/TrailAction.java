package org.practicereview.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a trail event records. The trail stores the constant's name, as it always has: the hash chain
 * covers that text, so a constant is never renamed (a test pins every stored value). People read the
 * label. A milestone constant marks the step that moves a case into the next part of its stage tracker.
 */
public enum TrailAction {

    REFERRAL_SUBMITTED("Referral submitted"),
    REFERRAL_REGISTERED("Referral registered"),
    REFERRAL_ACCEPTED("Referral accepted at triage"),
    REFERRAL_MERGED("Referral merged into another case"),
    REFERRAL_MERGED_IN("Referral merged in from another case"),
    TASK_CLAIMED("Task claimed"),
    TASK_UNCLAIMED("Task released"),
    TASK_COMPLETED("Task completed"),
    AGENCY_REMINDER_SENT("Agency reminder queued"),
    AGENCY_ROUND_CLOSED_EARLY("Agency information round closed early"),
    CRITERIA_EVALUATED("Statutory criteria evaluated"),
    RECOMMENDATION_MADE("Recommendation made to the chair"),
    DECISION_DEPARTS_FROM_CRITERIA("Decision departs from the criteria result"),
    DECISION_NOTIFIED("Decision notified"),
    DECISION_OVERDUE_ESCALATED("Overdue decision escalated"),
    REVIEW_COMMISSIONED("Review commissioned"),
    REVIEW_REMINDER_SENT("Review reminder queued"),
    REVIEW_OVERDUE_ESCALATED("Overdue review escalated"),
    ACTION_PLAN_AGREED("Action plan agreed"),
    ACTION_STARTED("Action started"),
    ACTION_COMPLETED("Action completed"),
    REPORT_UPLOADED("Report uploaded"),
    ANONYMISATION_CHECKED("Anonymisation checked"),
    ANONYMISATION_OVERRIDDEN("Anonymisation findings overridden"),
    BRIEFING_GENERATED("7 minute briefing generated"),
    PRE_PUBLICATION_NOTICE_SENT("Pre-publication notice queued"),
    PROCEEDINGS_CONCLUDED("Parallel proceedings concluded"),
    REVIEW_PUBLISHED("Review published"),
    NOTIFICATION_QUEUED("Notification queued"),
    /** The mail server took the notice; the *_SENT actions above were written when theirs was queued. */
    NOTIFICATION_SENT("Notification sent"),
    NOTIFICATION_FAILED("Notification failed"),
    NOTIFICATION_RESENT("Failed notification queued again"),
    MAIL_PREFERENCE_CHANGED("Task email preference changed"),
    LEGAL_HOLD_PLACED("Legal hold placed"),
    LEGAL_HOLD_RELEASED("Legal hold released"),
    CHANGED_IN_CAMUNDA("Changed by an administrator in Camunda Cockpit"),
    CASE_VIEWED("Case page viewed", true),
    CASE_TRAIL_VIEWED("Case trail viewed", true),
    CASE_TIMELINE_DOWNLOADED("Case timeline downloaded", true),
    CASE_DOCUMENT_DOWNLOADED("Case document downloaded", true),
    DOCUMENT_DOWNLOADED("Document downloaded", true),
    TRAIL_EXPORTED("Whole trail exported"),
    /** A signed checkpoint of the trail's head; its details name the event it covers (TrailCheckpoints). */
    TRAIL_CHECKPOINT_SIGNED("Trail checkpoint signed"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_THROTTLED("Sign-in throttled"),
    REFERRAL_DRAFT_DELETED("Unfinished referral deleted"),
    QUESTION_WITHDRAWN("Question to the referring agency withdrawn"),
    // Administration (issue 16): details name accounts, agencies, tokens and settings, never a password or token.
    ACCOUNT_ADDED("Account added"),
    ACCOUNT_CHANGED("Account changed"),
    ACCOUNT_DEACTIVATED("Account deactivated"),
    ACCOUNT_REACTIVATED("Account reactivated"),
    SIGN_IN_RESET("New sign-in link or temporary password issued"),
    ACCOUNT_UNLOCKED("Account unlocked after failed sign-ins"),
    PASSWORD_CHANGED("Password changed"),
    SIGN_IN_LINK_USED("One-time sign-in link used"),
    AGENCY_ADDED("Agency added"),
    AGENCY_CHANGED("Agency changed"),
    AGENCY_RETIRED("Agency retired"),
    AGENCY_REINSTATED("Agency reinstated"),
    SYSTEM_ACCOUNT_ADDED("Agency system account added"),
    API_TOKEN_ISSUED("API token issued"),
    API_TOKEN_REVOKED("API token revoked"),
    BOARD_SETTINGS_CHANGED("Board settings changed"),
    AGENCY_TASK_WITHDRAWN("Agency task withdrawn"),
    AGENCY_REPORT_REMINDER_SENT("Agency report reminder sent"),
    AGENCY_REPORTS_OVERDUE_ESCALATED("Overdue agency reports escalated"),
    AGENCY_REPORT_ROUND_CLOSED("Agency report round closed"),
    LEAD_REVIEWER_REPLACED("Lead reviewer replaced"),
    TASK_REASSIGNED("Task reassigned"),
    FOLLOW_UP_ACTION_CREATED("Follow-up action created"),
    FOLLOW_UP_ACTION_COMPLETED("Follow-up action completed"),
    FOLLOW_UP_OVERDUE_ESCALATED("Overdue follow-up actions escalated"),
    STEP_REMINDER_SENT("Reminder of a step's target date queued"),
    STEP_OVERDUE_ESCALATED("Step past its target date escalated"),
    // PRG meetings (issue 22): details name the meeting by number and members by account name.
    MEETING_SCHEDULED("PRG meeting scheduled"),
    MEETING_MEMBER_INVITED("Member invited to a PRG meeting"),
    CASE_TABLED("Case tabled at a PRG meeting"),
    CASE_CARRIED_OVER("Case carried over to the next PRG meeting"),
    MEETING_PACK_VIEWED("PRG meeting case pack page viewed", true),
    MEETING_PACK_DOWNLOADED("PRG meeting case pack downloaded", true),
    MEETING_ATTENDANCE_RECORDED("PRG meeting attendance recorded"),
    CONFLICT_OF_INTEREST_DECLARED("Conflict of interest declared at a PRG meeting"),
    MEETING_OUTCOME_RECORDED("Outcome recorded at a PRG meeting"),
    MEETING_ACTION_AGREED("Action agreed at a PRG meeting"),
    MINUTES_GENERATED("PRG meeting minutes generated"),
    MINUTES_APPROVED("PRG meeting minutes approved"),
    PROCEEDINGS_CHECK_DATE_SET("Date to check on parallel proceedings set"),
    PROCEEDINGS_CHECK_DUE("Business unit asked whether parallel proceedings have concluded"),
    // Learning into practice (issue 19): details name actions by number, agencies and dates, never their text.
    ACTION_PLAN_OPENED("Living action plan opened"),
    RECOMMENDATION_ADDED("Recommendation added to the action plan"),
    PLAN_ACTION_ADDED("Action added to the action plan"),
    ACTION_PROGRESS_UPDATED("Action progress updated by its agency"),
    ACTION_EVIDENCE_UPLOADED("Evidence of an action uploaded"),
    ACTION_COMPLETION_ACCEPTED("Action accepted as done"),
    ACTION_MORE_ASKED("More asked of an action's agency"),
    ACTION_DUE_REMINDER_SENT("Reminder of an action's target date queued"),
    ACTION_OVERDUE_REMINDER_SENT("Reminder of an overdue action queued"),
    ACTION_PLAN_CLOSED("Action plan closed, every action accepted"),
    BRIEFING_USE_RECORDED("Use of a 7 minute briefing recorded"),
    MEETING_AGENDA_SENT("PRG meeting agenda sent to its members"),
    REVIEW_MONITORING_ASKED("Business unit asked to record a local review's progress"),
    REVIEW_MONITORING_RECORDED("Progress of a local review recorded"),
    // The follow-up survey of a published review (issue 19): details name the agency and dates, never the answer.
    PRACTICE_QUESTION_SCHEDULED("Agency to be asked what changed in practice"),
    PRACTICE_QUESTION_ASKED("Agency asked what changed in practice"),
    PRACTICE_QUESTION_REMINDED("Agency reminded to say what changed in practice"),
    PRACTICE_QUESTION_ANSWERED("Agency said what changed in practice"),
    /** 2018 route: the day the local authority became aware of a serious incident, and the facts the criteria need. */
    INCIDENT_AWARENESS_RECORDED("Local authority's awareness of a serious incident recorded"),
    /** The notification criteria (Children Act 2004 s.16C) answered, with the table's version and reason. */
    INCIDENT_NOTIFICATION_EVALUATED("Notification criteria answered"),
    /** The incident is not one this authority notifies to the national panel, with the criteria's reason. */
    INCIDENT_NOT_NOTIFIABLE("Serious incident not notifiable to the national panel"),
    /** The copy of the notification to the national panel uploaded. */
    INCIDENT_NOTIFICATION_COPY_UPLOADED("Copy of the notification to the national panel uploaded"),
    /** The local authority's notification to the national panel recorded: its date and the panel's reference. */
    INCIDENT_PANEL_NOTIFIED("Notification to the national panel recorded"),
    /** A looked-after child died: Ofsted and the Secretary of State notified. */
    INCIDENT_OFSTED_AND_SECRETARY_OF_STATE_NOTIFIED("Ofsted and the Secretary of State notified of a looked-after child's death"),
    RAPID_REVIEW_RECORDED("Rapid review recorded"),
    RAPID_REVIEW_APPROVED("Rapid review approved by a safeguarding partner"),
    RAPID_REVIEW_NOT_APPROVED("Rapid review not approved by a safeguarding partner"),
    RAPID_REVIEW_SENT_TO_PANEL("Rapid review sent to the national panel"),
    PANEL_RESPONSE_RECORDED("National panel's response to the rapid review recorded");

    private static final Map<String, TrailAction> BY_STORED = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(TrailAction::stored, Function.identity()));

    private final String label;
    private final boolean view;

    TrailAction(String label) {
        this(label, false);
    }

    TrailAction(String label, boolean view) {
        this.label = label;
        this.view = view;
    }

    /** The words people read on pages and in exports. */
    public String label() {
        return label;
    }

    /** The text the trail holds, and which its hash covers. */
    public String stored() {
        return name();
    }

    /** True for a view of a case page, trail or document (the auditor's "who looked" report). */
    public boolean isView() {
        return view;
    }

    public static Set<TrailAction> views() {
        return Arrays.stream(values()).filter(TrailAction::isView).collect(Collectors.toUnmodifiableSet());
    }

    /** The action a stored value names, or null for text no action writes (such as a forged event). */
    public static TrailAction fromStored(String stored) {
        return stored == null ? null : BY_STORED.get(stored);
    }

    /** The label of a stored value; text no action writes is shown in words, never hidden. */
    public static String labelOf(String stored) {
        TrailAction action = fromStored(stored);
        if (action != null) {
            return action.label();
        }
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        String lower = stored.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
