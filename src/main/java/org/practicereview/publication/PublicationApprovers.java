package org.practicereview.publication;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Who approves publication, one task each (the diagram's multi-instance collection): the independent chair, or for a
 * local child safeguarding practice review the three safeguarding partners, since on the 2018 route every statutory
 * decision is theirs (Children Act 2004 s.16E; Working Together).
 */
@Component("publicationApprovers")
public class PublicationApprovers {

    /** The candidate group of each approval task. */
    public List<String> of(VariableScope execution) {
        return partnersApprove(execution.getVariable(ProcessVariables.REVIEW_TYPE))
                ? Role.PARTNERS.stream().map(Role::group).toList()
                : List.of(Role.CHAIR.group());
    }

    static boolean partnersApprove(Object reviewType) {
        return ReviewType.LCSPR.name().equals(reviewType);
    }
}
