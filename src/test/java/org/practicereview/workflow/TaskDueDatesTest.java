package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** Java gives a task the due date of its clock when the diagram gives it none. */
class TaskDueDatesTest {

    /** Tuesday 30 March 2027, 11:00 in London: six months on is Thursday 30 September 2027. */
    private final WorkingDays workingDays = new WorkingDays(Clock.fixed(Instant.parse("2027-03-30T10:00:00Z"), WorkingDays.UK));
    private final TaskDueDates dueDates = new TaskDueDates(new ReviewClock(workingDays));

    private final DelegateExecution review = mock(DelegateExecution.class);

    private DelegateTask task(String key, Date due) {
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(task.getTaskDefinitionKey()).thenReturn(key);
        when(task.getDueDate()).thenReturn(due);
        when(task.getExecution()).thenReturn(execution);
        when(execution.getProcessInstance()).thenReturn(review);
        return task;
    }

    @Test
    void aStepWithABoardTargetIsLeftToItsDiagram() {
        DelegateTask triage = task("Task_TriageReferral", null);

        dueDates.onCreate(triage);

        verify(triage, never()).setDueDate(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void everyStepOfAReviewIsDueAtTheSixMonthTargetCountedOnceFromTheReviewsStart() {
        Date target = Date.from(ZonedDateTime.of(2027, 9, 30, 17, 0, 0, 0, WorkingDays.UK).toInstant());
        DelegateTask terms = task("Task_AgreeTermsOfReference", null);

        dueDates.onCreate(terms);

        verify(terms).setDueDate(target);
        verify(review).setVariableLocal(ProcessVariables.REVIEW_TARGET_DUE, target);
        assertThat(workingDays.dueInMonths(ReviewClock.TARGET_MONTHS)).as("as the escalation timer counts it")
                .isEqualTo(target);

        Date kept = Date.from(Instant.parse("2027-09-01T16:00:00Z"));
        when(review.getVariableLocal(ProcessVariables.REVIEW_TARGET_DUE)).thenReturn(kept);
        DelegateTask draft = task("Task_DraftReport", null);
        dueDates.onCreate(draft);
        verify(draft).setDueDate(kept);
    }

    @Test
    void aLocalReviewIsDueSixMonthsFromThePartnersDecisionToInitiateItNotFromItsStart() {
        DelegateTask terms = task("Task_AgreeTermsOfReference", null);
        when(terms.getExecution().getVariable(ProcessVariables.REVIEW_TYPE)).thenReturn("LCSPR");
        // Decided Mon 30 Nov 2026: six months on is Sun 30 May 2027, then the spring bank holiday, so Tue 1 Jun 2027.
        when(terms.getExecution().getVariable(ProcessVariables.DECISION_TO_INITIATE_DATE)).thenReturn("2026-11-30");

        dueDates.onCreate(terms);

        Date target = Date.from(ZonedDateTime.of(2027, 6, 1, 17, 0, 0, 0, WorkingDays.UK).toInstant());
        verify(terms).setDueDate(target);
        verify(review).setVariableLocal(ProcessVariables.REVIEW_TARGET_DUE, target);
    }

    @Test
    void aDueDateTheDiagramSetsAndATaskWithoutAClockAreLeftAlone() {
        Date inDiagram = Date.from(Instant.parse("2027-04-13T16:00:00Z"));
        DelegateTask summary = task("Task_ProvideAgencySummary", inDiagram);
        DelegateTask pack = task("Task_PreparePublicationPack", null);

        dueDates.onCreate(summary);
        dueDates.onCreate(pack);

        verify(summary, never()).setDueDate(org.mockito.ArgumentMatchers.any());
        verify(pack, never()).setDueDate(org.mockito.ArgumentMatchers.any());
    }
}
