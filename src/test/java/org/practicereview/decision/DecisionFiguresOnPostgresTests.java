package org.practicereview.decision;

import org.practicereview.PostgresIntegrationTest;

/** {@link DecisionFiguresTests} on PostgreSQL: the same grouped queries, its interval and time zone arithmetic. */
@PostgresIntegrationTest
class DecisionFiguresOnPostgresTests extends DecisionFiguresTests {}
