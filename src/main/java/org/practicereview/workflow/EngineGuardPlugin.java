package org.practicereview.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.practicereview.audit.Trail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Locks the engine's other doors (docs/operations.md "Camunda webapps"): Camunda's authorizations on,
 * with the administrators' group read-only but for retrying a job; {@link OneDoor} in front of every
 * command; expressions that reach only the beans the diagrams name; and every change made outside
 * the application written to the case's trail ({@link AdministratorRepairs}).
 */
@Component
class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final ObjectProvider<Trail> trail;

    EngineGuardPlugin(ApplicationContext context, ObjectProvider<Trail> trail) {
        this.context = context;
        this.trail = trail;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationEnabled(true);
        configuration.setExpressionManager(new SpringExpressionManager(context, new DiagramBeans(context)));
        configuration.setCustomPostCommandInterceptorsTxRequired(withOneDoor(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(withOneDoor(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new AdministratorRepairs(trail));
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private static List<CommandInterceptor> withOneDoor(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(new OneDoor());
        return all;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        EngineAuthorizations.grant(engine.getAuthorizationService());
    }
}
