package org.practicereview.referral.web;

import org.practicereview.PostgresIntegrationTest;

/** {@link ReferralJourneyTests} (a referral written page by page through MockMvc and submitted) on PostgreSQL. */
@PostgresIntegrationTest
class ReferralJourneyOnPostgresTests extends ReferralJourneyTests {}
