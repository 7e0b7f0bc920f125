package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TrailActionTest {

    /** What trails written before the enum hold: renaming a constant would orphan these events. */
    private static final String[] WRITTEN_BEFORE_THE_ENUM = {"ACTION_COMPLETED", "ACTION_STARTED", "AGENCY_REMINDER_SENT",
            "AGENCY_ROUND_CLOSED_EARLY", "ANONYMISATION_CHECKED", "ANONYMISATION_OVERRIDDEN", "BRIEFING_GENERATED",
            "CASE_DOCUMENT_DOWNLOADED", "CASE_TIMELINE_DOWNLOADED", "CASE_TRAIL_VIEWED", "CASE_VIEWED", "CRITERIA_EVALUATED",
            "DECISION_DEPARTS_FROM_CRITERIA", "DECISION_NOTIFIED", "DECISION_OVERDUE_ESCALATED", "DOCUMENT_DOWNLOADED",
            "LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED", "NOTIFICATION_QUEUED", "NOTIFICATION_SENT",
            "PRE_PUBLICATION_NOTICE_SENT", "PROCEEDINGS_CONCLUDED", "REFERRAL_MERGED", "REFERRAL_MERGED_IN",
            "REFERRAL_REGISTERED", "REFERRAL_SUBMITTED", "REPORT_UPLOADED", "REVIEW_OVERDUE_ESCALATED", "REVIEW_PUBLISHED",
            "REVIEW_REMINDER_SENT", "SIGNED_IN", "SIGN_IN_FAILED", "SIGN_IN_THROTTLED", "TASK_CLAIMED", "TASK_COMPLETED",
            "TASK_UNCLAIMED", "TRAIL_EXPORTED"};

    /** The learning actions (issue 19), pinned as stored from their first release. */
    private static final String[] LEARNING = {"ACTION_PLAN_OPENED", "RECOMMENDATION_ADDED", "PLAN_ACTION_ADDED",
            "ACTION_PROGRESS_UPDATED", "ACTION_EVIDENCE_UPLOADED", "ACTION_COMPLETION_ACCEPTED", "ACTION_MORE_ASKED",
            "ACTION_DUE_REMINDER_SENT", "ACTION_OVERDUE_REMINDER_SENT", "ACTION_PLAN_CLOSED", "BRIEFING_USE_RECORDED"};

    @Test
    void theLearningActionsKeepTheirStoredValues() {
        for (String stored : LEARNING) {
            assertThat(TrailAction.fromStored(stored)).as(stored).isNotNull();
            assertThat(TrailAction.fromStored(stored).stored()).isEqualTo(stored);
        }
    }

    @Test
    void everyActionStoredBeforeTheEnumIsStillReadAsItsActionWithALabel() {
        for (String stored : WRITTEN_BEFORE_THE_ENUM) {
            TrailAction action = TrailAction.fromStored(stored);
            assertThat(action).as(stored).isNotNull();
            assertThat(action.stored()).isEqualTo(stored);
            assertThat(TrailAction.labelOf(stored)).as(stored).isEqualTo(action.label()).doesNotContain("_");
        }
    }

    @Test
    void labelsArePlainWordsAndDistinct() {
        assertThat(Arrays.stream(TrailAction.values()).map(TrailAction::label))
                .doesNotHaveDuplicates().allMatch(l -> !l.isBlank() && !l.contains("_") && !l.equals(l.toUpperCase()));
    }

    @Test
    void anEventWhoseActionNoConstantNamesIsShownInWordsAndHasNoKind() {
        TrailEntry forged = new TrailEntry(1, "PR-2026-0001", java.time.Instant.EPOCH, "x", "ADMIN", "DECISION_REVERSED",
                null, "0".repeat(64), "0".repeat(64));
        assertThat(forged.kind()).isNull();
        assertThat(forged.actionLabel()).isEqualTo("Decision reversed");
    }

    @Test
    void theViewsReportCoversThePageTrailAndDocumentViews() {
        assertThat(TrailAction.views()).containsExactlyInAnyOrder(TrailAction.CASE_VIEWED, TrailAction.CASE_TRAIL_VIEWED,
                TrailAction.CASE_TIMELINE_DOWNLOADED, TrailAction.CASE_DOCUMENT_DOWNLOADED, TrailAction.DOCUMENT_DOWNLOADED,
                TrailAction.MEETING_PACK_VIEWED, TrailAction.MEETING_PACK_DOWNLOADED);
    }
}
