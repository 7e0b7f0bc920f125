package org.practicereview.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicereview.meetings.AgendaProposals.Proposal;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.TaskInbox.InboxTask;

/** The cases a meeting's page proposes: those waiting for the PRG's screening, recommendation or quality assurance, less those tabled. */
class AgendaProposalsTest {

    static final long MEETING = 7;

    @Test
    void proposesAReviewWaitingForQualityAssuranceBesideCasesDueForScreeningOrARecommendationButNotTheTabledOnes() {
        TaskInbox inbox = mock(TaskInbox.class);
        Meetings meetings = mock(Meetings.class);
        when(inbox.openOfKinds(Set.of("Task_ScreenAgainstCriteria", "Task_RecommendToChair", "Task_QualityAssureReport"))).thenReturn(List.of(
                task("Task_QualityAssureReport", "PR-2027-0003", Instant.parse("2027-04-01T09:00:00Z")),
                task("Task_ScreenAgainstCriteria", "PR-2027-0001", null),
                task("Task_RecommendToChair", "PR-2027-0002", null)));
        when(meetings.agenda(MEETING)).thenReturn(List.of(new TabledCase(MEETING, new CaseReference("PR-2027-0002"), "coord1",
                Instant.parse("2027-03-01T09:00:00Z"), null, null, null, false, null)));

        assertThat(new AgendaProposals(inbox, meetings).forMeeting(MEETING))
                .extracting(p -> p.caseReference().value(), Proposal::why, Proposal::due)
                .containsExactly(tuple("PR-2027-0003", "The review's report waits for quality assurance", "1 April 2027"),
                        tuple("PR-2027-0001", "Screening against the criteria is due", null));
    }

    private static InboxTask task(String key, String reference, Instant due) {
        return new InboxTask(key + "-" + reference, key, "A PRG task", new CaseReference(reference), new Date(0),
                due == null ? null : Date.from(due), false, null, false);
    }
}
