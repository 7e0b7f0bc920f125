package org.practicereview.referral;

import java.time.Instant;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;

/**
 * A referral just written: the new case's reference (what the confirmation page shows), when it was
 * submitted and where the case stands once its process has started (what the API answers with).
 */
public record SubmittedReferral(CaseReference reference, Instant submittedAt, Stage stage) {}
