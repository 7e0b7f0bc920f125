package org.practicereview;

/**
 * The 2018 route of {@link CsprCaseLifecycleTests} (the notification, the rapid review and the three partners'
 * approvals, the local review and its publication) on PostgreSQL, whose driver is stricter about the types it binds.
 */
@PostgresIntegrationTest
class CsprCaseLifecycleOnPostgresTests extends CsprCaseLifecycleTests {}
