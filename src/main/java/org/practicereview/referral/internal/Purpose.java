package org.practicereview.referral.internal;

/** Why the referrer refers the case. */
public enum Purpose {
    SCR_CONSIDERATION,
    MULTI_AGENCY_LEARNING,
    GOOD_PRACTICE
}
