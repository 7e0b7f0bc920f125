package org.practicereview.referral;

import java.time.Instant;
import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;

/**
 * Where a referral stands, as its agency may see it: no personal data, only the questions put to the
 * agency while they wait for an answer, since when, and by when the business unit asks for the answer.
 */
public record ReferralStatus(CaseReference reference, Stage stage, Instant submittedAt, Optional<String> questions,
                             Optional<Instant> questionsAskedAt, Optional<Instant> answerBy) {}
