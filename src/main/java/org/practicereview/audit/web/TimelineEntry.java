package org.practicereview.audit.web;

import java.time.Instant;

/**
 * One line of a case's timeline. {@code source} is "Trail" (with its sequence number) or "Engine"
 * (task, decision or operation log history, which the trail's hash chain does not cover).
 */
record TimelineEntry(Instant at, String source, Long seq, String actor, String role, String action, String details) {

    static final String TRAIL = "Trail";
    static final String ENGINE = "Engine";
}
