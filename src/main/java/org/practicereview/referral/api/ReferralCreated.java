package org.practicereview.referral.api;

import java.time.Instant;
import org.practicereview.shared.Stage;

/** The answer to a referral accepted (and to every replay of the same request). */
record ReferralCreated(String reference, Stage stage, Instant submittedAt) {}
