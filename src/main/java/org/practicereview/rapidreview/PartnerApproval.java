package org.practicereview.rapidreview;

import java.time.Instant;
import org.practicereview.shared.Role;

/** One safeguarding partner's answer on a version of the rapid review: who, for which partner, when, and why not. */
public record PartnerApproval(long rapidReviewId, Role partner, boolean approved, String reason, String decidedBy,
                              Instant decidedAt) {}
