package org.practicereview.review;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The reviews, one per case. */
interface Reviews extends Repository<Review, Long> {

    Review save(Review review);

    Optional<Review> findByCaseReference(String caseReference);

    long count();
}
