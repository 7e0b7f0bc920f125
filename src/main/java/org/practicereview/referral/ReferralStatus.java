package org.practicereview.referral;

import java.time.Instant;
import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;

/**
 * Where a referral stands, as its agency may see it: no personal data, only the questions put to the
 * agency while they wait for an answer, and since when.
 */
public record ReferralStatus(CaseReference reference, Stage stage, Instant submittedAt, Optional<String> questions,
                             Optional<Instant> questionsAskedAt) {}
