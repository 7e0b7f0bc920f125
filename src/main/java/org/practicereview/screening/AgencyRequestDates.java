package org.practicereview.screening;

import java.time.Instant;

/** When the agencies were last asked for information about a case, and the deadline they were given. */
public record AgencyRequestDates(Instant askedAt, Instant dueAt) {}
