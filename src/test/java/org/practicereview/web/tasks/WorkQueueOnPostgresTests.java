package org.practicereview.web.tasks;

import org.practicereview.PostgresIntegrationTest;

/** {@link WorkQueueTests} on PostgreSQL: the queue's native statements, its order with undated tasks and its paging. */
@PostgresIntegrationTest
class WorkQueueOnPostgresTests extends WorkQueueTests {}
