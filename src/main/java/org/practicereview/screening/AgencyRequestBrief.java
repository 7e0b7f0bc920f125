package org.practicereview.screening;

import java.util.ArrayList;
import java.util.List;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Component;

/**
 * What the business unit asked of one agency in the newest round that asked it: the coordinator's
 * note and when the answer is due. Never the other agencies asked, nor anything they answered.
 */
@Component
public class AgencyRequestBrief {

    private final InformationRequests requests;

    AgencyRequestBrief(InformationRequests requests) {
        this.requests = requests;
    }

    public CaseFileSection whatIsAsked(CaseReference caseReference, String agencyCode) {
        List<Part> parts = new ArrayList<>();
        List<InformationRequest> asked = requests.findByCaseReferenceOrderByRoundNumber(caseReference.value()).stream()
                .filter(r -> r.agencies().contains(agencyCode)).toList();
        if (!asked.isEmpty()) {
            InformationRequest round = asked.get(asked.size() - 1);
            List<Row> rows = new ArrayList<>();
            rows.add(Row.of("Note from the business unit", round.note() == null || round.note().isBlank()
                    ? "No note was added" : round.note()));
            rows.add(Row.of("Answer due", GovDates.time(round.dueAt())));
            parts.add(new Part(null, "Asked on " + GovDates.time(round.requestedAt()), rows));
        }
        return CaseFileSection.of("what-is-asked", "What is asked of your agency", 20, parts,
                "The request could not be found.");
    }
}
