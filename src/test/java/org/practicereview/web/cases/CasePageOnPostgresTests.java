package org.practicereview.web.cases;

import org.practicereview.PostgresIntegrationTest;

/**
 * {@link CasePageTests} on PostgreSQL, where the page's reads run in a read-only transaction that the
 * database itself enforces: a write slipped into them would fail here, not pass silently.
 */
@PostgresIntegrationTest
class CasePageOnPostgresTests extends CasePageTests {}
