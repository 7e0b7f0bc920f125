package org.practicereview.workflow;

/**
 * Every process variable name, in one place. Variables hold references and routing flags only;
 * a child's or family member's personal data never enters the engine.
 */
public final class ProcessVariables {

    /** The case reference, also the business key of every process of the case. */
    public static final String CASE_REFERENCE = "caseReference";
    /** User id of the referrer. */
    public static final String REFERRER = "referrer";
    /** Agency code of the referrer: any user of that agency answers requests for more information. */
    public static final String REFERRER_AGENCY = "referrerAgency";
    /**
     * True for a referral for multi-agency learning or good practice: not a serious incident, so it goes to
     * the PRG as a learning review without statutory screening or notice to the national panel. Absent on
     * cases started before it existed, which all took the statutory route.
     */
    public static final String LEARNING_REFERRAL = "learningReferral";
    /**
     * The law the case follows, recorded at referral: {@code SCR_2006} or {@code CSPR_2018} ({@code shared.Regime}).
     * Absent on cases started before it existed, which all follow the serious case review route.
     */
    public static final String REGIME = "regime";
    /** The value of {@link #REGIME} for the newer regime (Children Act 2004 ss.16A-16Q, SI 2018/789). */
    public static final String REGIME_CSPR_2018 = "CSPR_2018";
    /**
     * Output of the serious incident notification ({@code serious-incident.bpmn}): true when the local authority
     * notifies the national panel (Children Act 2004 s.16C); false ends the case as not a notifiable incident.
     */
    public static final String NOTIFIABLE = "notifiable";
    /** The ISO date (e.g. {@code 2027-01-11}) the local authority became aware of the serious incident. */
    public static final String AWARENESS_DATE = "awarenessDate";
    /** The ISO date the local authority notified the national panel; set only when it did. */
    public static final String PANEL_NOTIFIED_DATE = "panelNotifiedDate";
    /** Result of the notification criteria (map with notifyPanel, notifyOfstedAndSecretaryOfState, notificationReason). */
    public static final String NOTIFICATION_OUTCOME = "notificationOutcome";
    /** Routing flag: a looked-after child died, so Ofsted and the Secretary of State are notified. */
    public static final String NOTIFY_OFSTED_AND_SECRETARY_OF_STATE = "notifyOfstedAndSecretaryOfState";
    /** The ISO date (e.g. {@code 2027-01-15}) of the safeguarding partners' decision to initiate a local review. */
    public static final String DECISION_TO_INITIATE_DATE = "decisionToInitiateDate";
    /** Deadline of the chair's decision: one month after the referral. */
    public static final String DECISION_DUE = "decisionDue";
    /**
     * The review's six-month target, kept on the review's process when its target timer starts, for the due dates
     * of its steps: six months from the start, or from the partners' decision to initiate a local review.
     */
    public static final String REVIEW_TARGET_DUE = "reviewTargetDue";
    /** A local review's next monitoring date (SI 2018/789 reg. 14), kept on the review's process ({@link ReviewMonitoring}). */
    public static final String MONITORING_DUE = "monitoringDue";
    /** The publication pack's target date, kept on the publication from its start (StepTargets). */
    public static final String PUBLICATION_TARGET_DUE = "publicationTargetDue";

    /** Triage outcome: {@code ACCEPTED}, {@code MORE_INFORMATION} or {@code MERGED}. */
    public static final String TRIAGE_OUTCOME = "triageOutcome";
    /** Agency codes asked for a summary in the current round (multi-instance collection). */
    public static final String AGENCIES = "agencies";
    /** The agency code of one multi-instance element. */
    public static final String AGENCY = "agency";
    /** Deadline of the agencies' summaries in the current round, from the board's settings when it opened. */
    public static final String AGENCY_SUMMARY_DUE = "agencySummaryDue";
    /** Information round number, counting deferrals. */
    public static final String INFORMATION_ROUND = "informationRound";

    /** Statutory criteria facts, booleans only (inputs of scr-criteria.dmn). */
    public static final String ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED = "abuseOrNeglectKnownOrSuspected";
    public static final String CHILD_DIED = "childDied";
    public static final String CHILD_SERIOUSLY_HARMED = "childSeriouslyHarmed";
    public static final String DEFINITIVE_EVIDENCE_NO_CONCERN = "definitiveEvidenceNoConcern";
    public static final String DIED_IN_CUSTODY_OR_DETENTION = "diedInCustodyOrDetention";
    public static final String DIED_DEPRIVED_OF_LIBERTY_MCA = "diedDeprivedOfLibertyMca";
    /** Result of the business rule task (map with criteriaResult and criteriaReason). */
    public static final String CRITERIA_OUTCOME = "criteriaOutcome";
    /** {@code MANDATORY}, {@code MET} or {@code NOT_MET}. */
    public static final String CRITERIA_RESULT = "criteriaResult";

    /** Chair's option: {@code INITIATE_SCR}, {@code OTHER_REVIEW}, {@code NO_REVIEW} or {@code DEFER}. */
    public static final String DECISION_OPTION = "decisionOption";
    /** True when a review (SCR or a lesser type) follows the decision. */
    public static final String REVIEW_COMMISSIONED = "reviewCommissioned";
    /** {@code SCR} or a lesser type such as {@code REFLECTIVE}, {@code LEARNING}. */
    public static final String REVIEW_TYPE = "reviewType";
    /** Local to each publication approval task: the role whose approval it asks for (the chair, or one partner). */
    public static final String APPROVER_ROLE = "approverRole";

    /** Ids of the follow-up actions of a decision not to review (multi-instance collection). */
    public static final String FOLLOW_UP_ACTIONS = "followUpActions";
    /** The follow-up action id of one multi-instance element. */
    public static final String FOLLOW_UP_ACTION = "followUpAction";

    /** User id of the appointed lead reviewer. */
    public static final String LEAD_REVIEWER = "leadReviewer";
    public static final String FAMILY_INVOLVEMENT = "familyInvolvement";
    /** {@code ACCEPTED} or {@code RETURNED}. */
    public static final String QA_OUTCOME = "qaOutcome";

    /** Number of anonymisation findings still open. */
    public static final String ANONYMISATION_FINDINGS = "anonymisationFindings";
    /** True while parallel proceedings (trial, inquest) hold publication. */
    public static final String PROCEEDINGS_OPEN = "proceedingsOpen";
    /** Earliest publication moment: one week after the pre-publication notice. */
    public static final String PUBLISH_NOT_BEFORE = "publishNotBefore";
    /** While publication is held for parallel proceedings: when the business unit is asked whether they have concluded. */
    public static final String PROCEEDINGS_CHECK_BY = "proceedingsCheckBy";
    /** True when the chair approves publication. */
    public static final String PUBLICATION_APPROVED = "publicationApproved";

    /** The rapid review (2018 route, rapid-review.bpmn): it reads AWARENESS_DATE and PANEL_NOTIFIED_DATE above. */
    /** The rapid review's 15-working-day target, kept on the rapid review's process when its first record task starts. */
    public static final String RAPID_REVIEW_DUE = "rapidReviewDue";
    /** The partner role (Role name) of one approval of the rapid review (multi-instance element). */
    public static final String PARTNER_ROLE = "partnerRole";
    /** True when none of the three partners refused the rapid review in the current round. */
    public static final String PARTNERS_APPROVED = "partnersApproved";
    /** When the rapid review went to the national panel, for the panel response's due date and weekly chase. */
    public static final String RAPID_REVIEW_SENT = "rapidReviewSent";
    /** True when the national panel asks for more information: the rapid review goes back to the business unit. */
    public static final String PANEL_ASKS_MORE = "panelAsksMore";
    /** Output of the rapid review: true when the partners commission a local child safeguarding practice review. */
    public static final String LCSPR_COMMISSIONED = "lcsprCommissioned";

    /** Messages. */
    public static final String MESSAGE_PROCEEDINGS_CONCLUDED = "ProceedingsConcluded";
    public static final String MESSAGE_AGENCY_ROUND_CLOSED = "AgencyRoundClosed";
    public static final String MESSAGE_QUESTION_WITHDRAWN = "QuestionWithdrawn";
    public static final String MESSAGE_AGENCY_REPORT_ROUND_CLOSED = "AgencyReportRoundClosed";

    private ProcessVariables() {}
}
