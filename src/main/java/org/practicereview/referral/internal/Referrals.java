package org.practicereview.referral.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Submitted referrals, by the case they opened. */
public interface Referrals extends Repository<Referral, Long> {

    Referral save(Referral referral);

    Optional<Referral> findByCaseReference(String caseReference);

    long count();
}
