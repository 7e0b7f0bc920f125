package org.practicereview.publication;

/** Where a publication pack stands on its way to the public catalogue. */
public enum PackStatus {
    /** Prepared or revised, not yet checked. */
    DRAFT,
    /** The last anonymisation check found identifiers; the coordinator must revise. */
    FINDINGS_OPEN,
    /** The last check found nothing. */
    CLEARED,
    BRIEFING_READY,
    NOTICE_SENT,
    /** The chair did not approve; the pack goes back to be prepared again. */
    RETURNED,
    APPROVED,
    PUBLISHED
}
