package org.practicereview.referral.api;

import org.practicereview.PostgresIntegrationTest;

/** {@link ReferralApiIdempotencyTests}, including two racing submissions with one key, on PostgreSQL. */
@PostgresIntegrationTest
class ReferralApiIdempotencyOnPostgresTests extends ReferralApiIdempotencyTests {}
