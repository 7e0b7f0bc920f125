package org.practicereview.workflow;

import org.practicereview.PostgresIntegrationTest;

/** {@link TaskRaceTests} on PostgreSQL (read committed, row locks, Camunda's optimistic locking). */
@PostgresIntegrationTest
class TaskRaceOnPostgresTests extends TaskRaceTests {}
