package org.practicereview.identity;

/** The ties between a user and a case that give access beyond the user's roles. */
public enum CaseRelationship {
    /** The agency user who submitted the referral: may follow its status, never open the case page. */
    REFERRER,
    /** The independent reviewer the chair appointed to the case's review. */
    LEAD_REVIEWER
}
