package org.practicereview.referral.internal;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.Actor;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.DeadlineClock;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
import org.practicereview.workflow.EngineCallers;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Starts the case's process as the referrer, with its reference as business key and only the
 * variables the contract allows: the reference, the referrer's user id and agency, whether it is a learning
 * referral (routed past statutory screening), the law it follows ({@code regime}) and the decision deadline (the decision period of the board's
 * settings in force now, recorded with the case).
 */
@Component
public class CaseReviewProcess {

    public static final String PROCESS_KEY = "case-review";

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final WorkingDays workingDays;
    private final EntityManager entities;
    private final BoardSettings settings;

    CaseReviewProcess(RuntimeService runtime, IdentityService identity, WorkingDays workingDays, EntityManager entities,
                      BoardSettings settings) {
        this.settings = settings;
        this.runtime = runtime;
        this.identity = identity;
        this.workingDays = workingDays;
        this.entities = entities;
    }

    public void start(CaseReference reference, Actor referrer, Purpose purpose, Regime regime) {
        // The first steps run at once and read the referral and case file: make them visible first.
        entities.flush();
        Map<String, Object> variables = Map.of(
                ProcessVariables.CASE_REFERENCE, reference.value(),
                ProcessVariables.REFERRER, referrer.userId(),
                ProcessVariables.REFERRER_AGENCY, java.util.Objects.requireNonNull(referrer.agencyCode(), "referrer's agency"),
                ProcessVariables.LEARNING_REFERRAL, !purpose.seriousIncident(),
                ProcessVariables.REGIME, regime.name(),
                ProcessVariables.DECISION_DUE, workingDays.dueInMonths(
                        settings.clockStarted(reference, DeadlineClock.CHAIR_DECISION).decisionPeriodMonths()));
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(referrer.userId(), referrer.groups());
        try {
            // The application's own call, also when the demo data starts cases with no request around it.
            EngineCallers.asApplication(() -> runtime.startProcessInstanceByKey(PROCESS_KEY, reference.value(), variables));
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }
}
