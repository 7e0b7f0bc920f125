package org.practicereview;

/** The whole lifecycle of {@link CaseLifecycleTests} (every task, refused random submissions, the timer) on PostgreSQL. */
@PostgresIntegrationTest
class CaseLifecycleOnPostgresTests extends CaseLifecycleTests {}
