package org.practicereview.workflow;

import org.practicereview.PostgresIntegrationTest;

/** {@link EngineIndexesTests} on PostgreSQL. */
@PostgresIntegrationTest
class EngineIndexesOnPostgresTests extends EngineIndexesTests {}
