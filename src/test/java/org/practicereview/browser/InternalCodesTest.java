package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan the browser tests run on every page and download finds each kind of code, and lets plain words through. */
class InternalCodesTest {

    private final InternalCodes codes = InternalCodes.fromDiagramsAndForms();

    @Test
    void readsTheIdsOfTheDiagramsTheDecisionsOutputsAndTheFormsCodesFromTheirFiles() {
        assertThat(codes.named()).contains("Task_TriageReferral", "Gateway_TriageOutcome", "Task_ResolveAnonymisationFindings",
                "scr-review", "MET", "NOT_MET", "MANDATORY", "RETURNED", "NEVER", "summaryOfFindings");
        assertThat(codes.named()).as("ids that are plain words are left to the other checks").doesNotContain("publication");
        assertThat(codes.named()).anyMatch(id -> id.startsWith("Rule_"));
    }

    @Test
    void findsEveryKindOfInternalCode() {
        assertThat(codes.in("Waiting at Task_DraftReport")).containsExactly("diagram, decision or form code: Task_DraftReport");
        assertThat(codes.in("Action: CASE_PAGE_VIEWED")).containsExactly("enum-style word: CASE_PAGE_VIEWED");
        assertThat(codes.in("Outcome: OTHER_REVIEW")).containsExactly("diagram, decision or form code: OTHER_REVIEW");
        assertThat(codes.in("Criteria result: MET")).containsExactly("diagram, decision or form code: MET");
        assertThat(codes.in("Police investigation: OPEN")).containsExactly("diagram, decision or form code: OPEN");
        assertThat(codes.in("Sent 2026-12-03T09:15:00Z")).containsExactly("ISO timestamp: 2026-12-03T09:15:00");
        assertThat(codes.in("Due 2027-06-30")).containsExactly("ISO date: 2027-06-30");
        assertThat(codes.in("Kept for P12Y")).containsExactly("ISO duration: P12Y");
        assertThat(codes.in("Reminder every PT5M")).containsExactly("ISO duration: PT5M");
        assertThat(codes.in("Process 6f1c2a9e-eeee-11f1-836a-02fc00000001")).containsExactly(
                "UUID: 6f1c2a9e-eeee-11f1-836a-02fc00000001");
        assertThat(codes.in("Field summaryOfFindings is missing")).containsExactly(
                "diagram, decision or form code: summaryOfFindings");
    }

    @Test
    void letsThroughPlainWordsCaseReferencesAndTheNamesPeopleUse() {
        assertThat(codes.in("Serious Case Review (SCR) for PR-2026-0001, decided by the chair on 4 January 2027 at 5pm. "
                + "The PRG met; the criteria are met. Download the timeline (PDF) or (CSV). Postcode NT1 2AB, "
                + "the publication pack, Child P, 12 years, P1 to P7 panels, OPEN-minded, "
                + "decision-record-pr-2026-0001-2026-12-03.pdf, PR-2026-0001-timeline.csv, "
                + "RESTRICTED / CONFIDENTIAL WHEN COMPLETED")).isEmpty();
        assertThat(codes.in("Status: COMPLETED")).containsExactly("diagram, decision or form code: COMPLETED");
    }
}
