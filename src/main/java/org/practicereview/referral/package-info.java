/**
 * Referrals and the case file they open: what the referrer told us about the children, family,
 * agencies and circumstances, drafts, the case reference, and where the case stands.
 */
package org.practicereview.referral;
