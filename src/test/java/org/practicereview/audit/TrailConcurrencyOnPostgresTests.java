package org.practicereview.audit;

import org.practicereview.PostgresIntegrationTest;

/** {@link TrailConcurrencyTests} on PostgreSQL: the head row's lock keeps one chain there too. */
@PostgresIntegrationTest
class TrailConcurrencyOnPostgresTests extends TrailConcurrencyTests {}
