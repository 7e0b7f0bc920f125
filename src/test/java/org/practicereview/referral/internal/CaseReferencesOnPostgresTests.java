package org.practicereview.referral.internal;

import org.practicereview.PostgresIntegrationTest;

/** {@link CaseReferencesTests} on PostgreSQL, where the counter moves with {@code update ... returning}. */
@PostgresIntegrationTest
class CaseReferencesOnPostgresTests extends CaseReferencesTests {}
