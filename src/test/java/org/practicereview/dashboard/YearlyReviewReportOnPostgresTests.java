package org.practicereview.dashboard;

import org.practicereview.PostgresIntegrationTest;

/** {@link YearlyReviewReportTests} on PostgreSQL: the same counts, its time zones and its grouped sub-queries. */
@PostgresIntegrationTest
class YearlyReviewReportOnPostgresTests extends YearlyReviewReportTests {}
