package org.practicereview.decision;

import java.util.List;
import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chair's decisions on each case; other modules read the latest here. */
@Service
public class Decisions {

    interface Store extends Repository<Decision, Long> {
        Decision save(Decision decision);
        Optional<Decision> findFirstByCaseReferenceOrderByIdDesc(String caseReference);
        List<Decision> findByCaseReferenceOrderById(String caseReference);
        List<Decision> findByCaseReferenceInOrderById(java.util.Collection<String> caseReferences);
    }

    private final Store store;

    Decisions(Store store) {
        this.store = store;
    }

    /** The newest decision on the case (a deferral is followed by a newer one). */
    @Transactional(readOnly = true)
    public Optional<RecordedDecision> latest(CaseReference caseReference) {
        return store.findFirstByCaseReferenceOrderByIdDesc(caseReference.value()).map(Decision::view);
    }

    /** Every decision on the case, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedDecision> forCase(CaseReference caseReference) {
        return store.findByCaseReferenceOrderById(caseReference.value()).stream().map(Decision::view).toList();
    }

    Decision save(Decision decision) {
        return store.save(decision);
    }
}
