package org.practicereview.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.AgencyWithdrawal;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Component;

/**
 * The agency information round in the case file: for each round the agencies asked, the note, when it
 * was due and why it closed; each agency's summary and chronology, who sent it and when, on time or
 * late; and the agencies that did not answer. Only people who may open the case page get here; agency
 * users answer through their task and never see this section.
 */
@Component
class AgencyRoundCaseFile implements CaseFileSections {

    private final InformationRequests requests;
    private final AgencySummaries summaries;
    private final Agencies agencies;
    private final Users users;

    AgencyRoundCaseFile(InformationRequests requests, AgencySummaries summaries, Agencies agencies, Users users) {
        this.users = users;
        this.requests = requests;
        this.summaries = summaries;
        this.agencies = agencies;
    }

    @Override
    public Set<String> keys() {
        return Set.of("agency-information");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        List<InformationRequest> rounds = requests.findByCaseReferenceOrderByRoundNumber(caseReference.value());
        List<AgencySummary> answers = rounds.isEmpty() ? List.of() : summaries.findByCaseReferenceOrderById(caseReference.value());
        Map<String, String> names = agencies.namesOf(Stream.concat(rounds.stream().flatMap(r -> r.agencies().stream()),
                answers.stream().map(AgencySummary::agencyCode)).distinct().toList());
        List<Part> parts = new ArrayList<>();
        for (InformationRequest round : rounds) {
            List<AgencySummary> answered = answers.stream().filter(a -> a.roundNumber() == round.roundNumber()).toList();
            parts.add(round(round, answered, names, rounds.size() > 1));
            answered.forEach(a -> parts.add(answer(a, round, names)));
        }
        return List.of(CaseFileSection.of("agency-information", "Agency information", 30, parts,
                "No agency has been asked for information yet."));
    }

    private Part round(InformationRequest round, List<AgencySummary> answered, Map<String, String> names,
                              boolean numbered) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Agencies asked", String.join("\n", round.agencies().stream().map(names::get).toList())));
        if (round.note() != null && !round.note().isBlank()) {
            rows.add(Row.of("Note to the agencies", round.note()));
        }
        rows.add(Row.of("Answers due", GovDates.time(round.dueAt())));
        List<String> awaiting = round.awaiting(answered.stream().map(AgencySummary::agencyCode).toList());
        rows.add(Row.of("Not answered", awaiting.isEmpty() ? "Every agency asked has answered"
                : String.join("\n", awaiting.stream().map(names::get).toList())));
        for (AgencyWithdrawal w : round.withdrawals()) {
            rows.add(Row.of("Withdrawn: " + names.get(w.agencyCode()), "On " + GovDates.time(w.withdrawnAt()) + " by "
                    + w.withdrawnBy() + ": " + w.reason()));
        }
        if (round.isClosedEarly()) {
            rows.add(Row.of("Closed early", "On " + GovDates.time(round.closedEarlyAt()) + " by " + users.nameOf(round.closedEarlyBy())
                    + ": " + round.closeReason()));
        }
        return new Part(numbered ? "Request, round " + round.roundNumber() : "Request",
                "Asked by " + users.nameOf(round.requestedBy()) + " on " + GovDates.time(round.requestedAt()), rows);
    }

    private Part answer(AgencySummary a, InformationRequest round, Map<String, String> names) {
        boolean late = a.submittedAt().isAfter(round.dueAt());
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Summary of involvement", a.involvementSummary()));
        rows.add(Row.of("Chronology", a.chronology()));
        rows.add(Row.of("Files secured", a.filesSecured() ? "Yes" : "No"));
        rows.add(Row.of("Concerns about how agencies worked together", a.workingTogetherConcerns()
                ? "Yes: " + a.concernsDetails() : "No"));
        return new Part(names.get(a.agencyCode()), "Sent by " + users.nameOf(a.submittedBy()) + " on " + GovDates.time(a.submittedAt())
                + (late ? ", after the due date" : ", on time"), rows);
    }
}
