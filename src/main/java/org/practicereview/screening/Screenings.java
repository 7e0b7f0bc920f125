package org.practicereview.screening;

import java.util.List;
import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The screenings of each case; other modules read the latest criteria result here. */
@Service
public class Screenings {

    interface Store extends Repository<Screening, Long> {
        Screening save(Screening screening);
        List<Screening> findByCaseReferenceOrderByIdDesc(String caseReference);
    }

    private final Store store;
    private final Recommendations recommendations;
    private final InformationRequests requests;

    Screenings(Store store, Recommendations recommendations, InformationRequests requests) {
        this.store = store;
        this.recommendations = recommendations;
        this.requests = requests;
    }

    /** When the agencies were asked in the case's latest information round, and their deadline. */
    @Transactional(readOnly = true)
    public Optional<AgencyRequestDates> latestAgencyRequest(CaseReference caseReference) {
        return requests.findFirstByCaseReferenceOrderByRoundNumberDesc(caseReference.value())
                .map(r -> new AgencyRequestDates(r.requestedAt(), r.dueAt()));
    }

    /** The PRG's latest recommendation to the chair on the case, if it has made one. */
    @Transactional(readOnly = true)
    public Optional<PrgRecommendation> latestRecommendation(CaseReference caseReference) {
        return recommendations.findFirstByCaseReferenceOrderByIdDesc(caseReference.value())
                .map(r -> new PrgRecommendation(r.recommendation(), r.recommendedReviewType(), r.rationale(),
                        r.recommendedAt()));
    }

    /** The newest screening of the case that has its criteria result, if any. */
    @Transactional(readOnly = true)
    public Optional<ScreeningOutcome> latest(CaseReference caseReference) {
        return store.findByCaseReferenceOrderByIdDesc(caseReference.value()).stream()
                .filter(Screening::isEvaluated).findFirst().map(Screening::outcome);
    }

    /** The newest screening of the case still waiting for the decision table. */
    Optional<Screening> awaitingResult(CaseReference caseReference) {
        return store.findByCaseReferenceOrderByIdDesc(caseReference.value()).stream().findFirst()
                .filter(s -> !s.isEvaluated());
    }

    Screening save(Screening screening) {
        return store.save(screening);
    }
}
