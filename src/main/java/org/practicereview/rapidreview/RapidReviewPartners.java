package org.practicereview.rapidreview;

import java.util.List;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Component;

/** Who approves a rapid review: the three safeguarding partners, one task each (the diagram's multi-instance collection). */
@Component("rapidReviewPartners")
public class RapidReviewPartners {

    /** The candidate group of each partner's task, in the order pages list the partners. */
    public List<String> roles() {
        return Role.PARTNERS.stream().map(Role::group).toList();
    }
}
