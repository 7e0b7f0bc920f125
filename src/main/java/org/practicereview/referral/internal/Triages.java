package org.practicereview.referral.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Triages of each case, the latest last. */
public interface Triages extends Repository<Triage, Long> {

    Triage save(Triage triage);

    Optional<Triage> findFirstByCaseReferenceOrderByIdDesc(String caseReference);

    default Optional<Triage> latest(org.practicereview.shared.CaseReference caseReference) {
        return findFirstByCaseReferenceOrderByIdDesc(caseReference.value());
    }
}
