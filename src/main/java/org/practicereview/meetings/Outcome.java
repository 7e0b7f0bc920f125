package org.practicereview.meetings;

import java.time.Instant;
import org.practicereview.shared.CaseReference;

/** A PRG task completed at a meeting: the outcome and rationale in words, and who was present and took part. */
public record Outcome(long meetingId, CaseReference caseReference, String taskName, String outcome, String rationale,
                      String present, String recordedBy, Instant recordedAt) {}
