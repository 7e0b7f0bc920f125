/**
 * Referrals and the case file they open: drafts, submission, the case reference, triage, and where
 * the case stands. Its API is {@link org.practicereview.referral.ReferralService}, {@link
 * org.practicereview.referral.ReferralDrafts}, {@link org.practicereview.referral.MyReferrals} and
 * {@link org.practicereview.referral.CaseDetails}; everything under {@code internal} is its own.
 */
package org.practicereview.referral;
