package org.practicereview.screening;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.notification.AgencyRequests;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.AgencyTaskWithdrawal;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskNotAvailableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current agency information round of a case: asking each agency by mail, chasing the agencies that have not answered,
 * withdrawing one agency's request, or closing the round early.
 */
@Service
public class AgencyRound implements AgencyTaskWithdrawal {

    static final int MAX_REASON_LENGTH = 1000;

    private final InformationRequests requests;
    private final AgencySummaries summaries;
    private final Notifications notifications;
    private final RuntimeService runtime;
    private final Trail trail;
    private final Agencies agencies;
    private final Clock clock;
    private final AgencyRequests agencyRequests;

    AgencyRound(InformationRequests requests, AgencySummaries summaries, Notifications notifications,
                RuntimeService runtime, Trail trail, Agencies agencies, Clock clock, AgencyRequests agencyRequests) {
        this.agencyRequests = agencyRequests;
        this.agencies = agencies;
        this.requests = requests;
        this.summaries = summaries;
        this.notifications = notifications;
        this.runtime = runtime;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * The coordinator stops waiting: the agencies still to answer are no longer asked and the case moves
     * on to screening with the summaries it has.
     */
    @Transactional
    public void closeEarly(Actor actor, CaseReference caseReference, String reason) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotPermittedException("Only the PRG coordinator can close an information round");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidSubmissionException.of("reason", "Enter why the round is closed early");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw InvalidSubmissionException.of("reason", "Reason must be " + MAX_REASON_LENGTH + " characters or fewer");
        }
        InformationRequest round = currentRound(caseReference).filter(r -> !r.isClosedEarly())
                .orElseThrow(() -> new TaskNotAvailableException("There is no open information round for this case."));
        round.closeEarly(actor, reason, clock.instant());
        requests.save(round);
        trail.append(caseReference, actor, TrailAction.AGENCY_ROUND_CLOSED_EARLY,
                "round " + round.roundNumber() + "; not answered " + awaiting(round));
        correlateClosed(caseReference);
    }

    @Override
    public String taskDefinitionKey() {
        return ProvideAgencySummary.TASK;
    }

    /** The coordinator stops waiting for one agency's summary; the round goes on with the others. */
    @Override
    public String recordWithdrawal(Actor actor, CaseReference caseReference, String agencyCode, String reason) {
        InformationRequest round = currentRound(caseReference).filter(r -> !r.isClosedEarly())
                .orElseThrow(() -> new TaskNotAvailableException("There is no open information round for this case."));
        if (!awaiting(round).contains(agencyCode)) {
            throw new TaskNotAvailableException("This agency has already answered, or its request was withdrawn.");
        }
        round.withdraw(agencyCode, reason, actor, clock.instant(), answered(round));
        requests.save(round);
        return "Agency summary of " + agencies.nameOf(agencyCode) + ", round " + round.roundNumber() + ": " + reason;
    }

    private void correlateClosed(CaseReference caseReference) {
        try {
            runtime.createMessageCorrelation(ProcessVariables.MESSAGE_AGENCY_ROUND_CLOSED)
                    .processInstanceBusinessKey(caseReference.value()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new TaskNotAvailableException("There is no open information round for this case.");
        }
    }

    /** One agency's task of the round is waiting: the agency is asked for it by mail, once. */
    @Transactional
    void askForSummary(CaseReference caseReference, String taskId, String agencyCode, java.time.Instant due) {
        agencyRequests.ask(new AgencyRequests.Ask(caseReference, taskId, agencyCode, NotificationKind.AGENCY_INFORMATION_REQUEST,
                "Information request for case " + caseReference,
                "The Practice Review Group asks " + agencies.nameOf(agencyCode) + " for a summary of its involvement and a "
                        + "chronology for case " + caseReference + ", and to secure its files. Please sign in to answer by "
                        + DueDates.format(due) + ".",
                due));
    }

    /** Reminds each agency of the current round that has not answered yet; returns their codes. */
    @Transactional
    List<String> remindAwaiting(CaseReference caseReference) {
        InformationRequest round = currentRound(caseReference)
                .orElseThrow(() -> new IllegalStateException("No information round for " + caseReference));
        List<String> awaiting = awaiting(round);
        for (String agency : awaiting) {
            notifications.queue(caseReference, NotificationKind.AGENCY_INFORMATION_REMINDER, Actor.agencyGroup(agency),
                    "Reminder: information request for case " + caseReference,
                    "The Practice Review Group has not yet received your agency's summary and chronology for case "
                            + caseReference + ". Please sign in to answer by " + DueDates.format(round.dueAt()) + ".",
                    round.dueAt());
        }
        trail.append(caseReference, Actor.SYSTEM, TrailAction.AGENCY_REMINDER_SENT, "round " + round.roundNumber() + "; " + awaiting);
        return awaiting;
    }

    private Optional<InformationRequest> currentRound(CaseReference caseReference) {
        return requests.findFirstByCaseReferenceOrderByRoundNumberDesc(caseReference.value());
    }

    private List<String> awaiting(InformationRequest round) {
        return round.awaiting(answered(round));
    }

    private List<String> answered(InformationRequest round) {
        return summaries.findByCaseReferenceAndRoundNumberOrderById(round.caseReference(), round.roundNumber())
                .stream().map(AgencySummary::agencyCode).toList();
    }
}
