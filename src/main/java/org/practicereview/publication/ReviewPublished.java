package org.practicereview.publication;

import java.time.Instant;
import org.practicereview.shared.CaseReference;

/**
 * A review and its 7 minute briefing are now on the public page. Published inside the publishing
 * transaction, so what listeners queue or store commits with the publication or not at all.
 * The title carries the pseudonym only.
 */
public record ReviewPublished(CaseReference caseReference, String title, Instant publishedAt) {}
