package org.practicereview.settings;

import java.time.Instant;

/** A clock of a case and the settings version it started under. */
public record CaseClockSettings(DeadlineClock clock, int settingsVersion, Instant startedAt) {}
