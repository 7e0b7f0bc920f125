package org.practicereview.workflow;

import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;

/**
 * The module that owns an agency task records why the coordinator withdrew it, in its own record, so
 * that its part of the case file says "withdrawn" with the reason. One implementation per task kind.
 */
public interface AgencyTaskWithdrawal {

    /** The BPMN id of the task this module lets the coordinator withdraw. */
    String taskDefinitionKey();

    /**
     * Records the withdrawal of the agency's task, or refuses it (the agency has answered already, the
     * round is closed). Returns the words the trail shows, naming the agency, never its code.
     */
    String recordWithdrawal(Actor actor, CaseReference caseReference, String agencyCode, String reason);
}
