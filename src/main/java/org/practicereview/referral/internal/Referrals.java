package org.practicereview.referral.internal;

import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReadingMemo;
import org.springframework.data.repository.Repository;

/** Submitted referrals, by the case they opened. */
public interface Referrals extends Repository<Referral, Long> {

    Referral save(Referral referral);

    Optional<Referral> findByCaseReference(String caseReference);

    /**
     * The referral of a case, read once a read-only transaction: the case page's summary and the sections
     * asking whether it is a learning review read the same one.
     */
    default Optional<Referral> ofCase(CaseReference caseReference) {
        return ReadingMemo.remember("referral of a case", caseReference.value(),
                () -> findByCaseReference(caseReference.value()));
    }

    long count();
}
