package org.practicereview.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.TaskInbox;
import org.springframework.stereotype.Service;

/**
 * The cases a meeting could consider: those whose screening or recommendation to the chair is open,
 * or whose review's report waits for the PRG's quality assurance — less those already on the agenda.
 */
@Service
public class AgendaProposals {

    /** The PRG's tasks, by BPMN id, and why a case waiting at one is proposed. */
    static final Map<String, String> WHY = Map.of(
            "Task_ScreenAgainstCriteria", "Screening against the criteria is due",
            "Task_RecommendToChair", "The recommendation to the chair is due",
            "Task_QualityAssureReport", "The review's report waits for quality assurance");

    public record Proposal(CaseReference caseReference, String why, String due) {}

    private final TaskInbox inbox;
    private final Meetings meetings;

    AgendaProposals(TaskInbox inbox, Meetings meetings) {
        this.inbox = inbox;
        this.meetings = meetings;
    }

    public List<Proposal> forMeeting(long meetingId) {
        Set<CaseReference> tabled = Set.copyOf(meetings.agenda(meetingId).stream().map(TabledCase::caseReference).toList());
        Map<CaseReference, Proposal> proposals = new LinkedHashMap<>();
        for (TaskInbox.InboxTask task : inbox.openOfKinds(WHY.keySet())) {
            if (!tabled.contains(task.caseReference())) {
                proposals.putIfAbsent(task.caseReference(), new Proposal(task.caseReference(), WHY.get(task.taskDefinitionKey()),
                        task.due() == null ? null : org.practicereview.shared.GovDates.day(task.due().toInstant())));
            }
        }
        return List.copyOf(proposals.values());
    }
}
