package org.practicereview.audit;

import org.practicereview.PostgresIntegrationTest;

/** Every tampering of {@link TrailTamperTests}, by the table owner with the trigger switched off, found on PostgreSQL. */
@PostgresIntegrationTest
class TrailTamperOnPostgresTests extends TrailTamperTests {}
