package org.practicereview.referral.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_RegisterReferral: acknowledgement to the referrer and notice to the coordinator. */
@Component("registerReferral")
class RegisterReferral implements JavaDelegate {

    private final ReferralRegistration registration;

    RegisterReferral(ReferralRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registration.register(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
