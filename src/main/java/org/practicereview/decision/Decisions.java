package org.practicereview.decision;

import java.util.List;
import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReadingMemo;
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
        if (ReadingMemo.active()) { // a page that shows every decision too: one read for both
            List<RecordedDecision> all = forCase(caseReference);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
        return store.findFirstByCaseReferenceOrderByIdDesc(caseReference.value()).map(Decision::view);
    }

    /** Every decision on the case, oldest first; read once a read-only transaction. */
    @Transactional(readOnly = true)
    public List<RecordedDecision> forCase(CaseReference caseReference) {
        return ReadingMemo.remember("decisions on a case", caseReference.value(),
                () -> store.findByCaseReferenceOrderById(caseReference.value()).stream().map(Decision::view).toList());
    }

    Decision save(Decision decision) {
        return store.save(decision);
    }
}
