package org.practicereview.referral.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_MergeReferral: the case is closed as a duplicate of the open case named at triage. */
@Component("mergeReferral")
class MergeReferral implements JavaDelegate {

    private final ReferralRegistration registration;

    MergeReferral(ReferralRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registration.merge(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
