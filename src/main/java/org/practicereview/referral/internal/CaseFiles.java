package org.practicereview.referral.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Case files by reference. */
public interface CaseFiles extends Repository<CaseFile, String> {

    CaseFile save(CaseFile caseFile);

    Optional<CaseFile> findById(String reference);

    default Optional<CaseFile> find(org.practicereview.shared.CaseReference reference) {
        return findById(reference.value());
    }

    long count();
}
