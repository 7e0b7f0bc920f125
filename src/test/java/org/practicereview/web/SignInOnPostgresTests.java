package org.practicereview.web;

import org.practicereview.PostgresIntegrationTest;

/** {@link SignInTests} (sign-in, errors, CSRF, throttling across nodes' shared table) on PostgreSQL. */
@PostgresIntegrationTest
class SignInOnPostgresTests extends SignInTests {}
