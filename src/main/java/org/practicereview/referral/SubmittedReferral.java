package org.practicereview.referral;

import org.practicereview.shared.CaseReference;

/** What the confirmation page shows: the new case's reference. */
public record SubmittedReferral(CaseReference reference) {}
