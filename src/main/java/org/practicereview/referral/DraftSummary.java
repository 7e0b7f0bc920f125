package org.practicereview.referral;

import java.time.Instant;

/** A draft in the owner's list: which, when started and last saved, how many children so far. */
public record DraftSummary(String id, Instant createdAt, Instant updatedAt, int children) {}
