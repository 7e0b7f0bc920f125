package org.practicereview.review;

/** Where a review stands; {@link Review} moves it only forward, except a returned draft. */
public enum ReviewStatus {
    TERMS_AGREED,
    REVIEWER_APPOINTED,
    IN_QUALITY_ASSURANCE,
    RETURNED_FOR_REVISION,
    REPORT_ACCEPTED,
    SIGNED_OFF,
    COMPLETED
}
