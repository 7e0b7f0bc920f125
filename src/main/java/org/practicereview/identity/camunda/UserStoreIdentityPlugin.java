package org.practicereview.identity.camunda;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's own user and group tables with our user store, so that there is one list
 * of people: Camunda's webapps, task queries by candidate user and the engine's history all see the
 * same users, roles and agencies as the application. Being read-only, the engine refuses to create
 * or change users and groups.
 */
@Component
class UserStoreIdentityPlugin extends AbstractProcessEnginePlugin {

    private final Users users;
    private final Agencies agencies;

    UserStoreIdentityPlugin(Users users, Agencies agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineGroups groups = new EngineGroups(agencies);
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new UserStoreIdentityProvider(users, groups, configuration.getCommandExecutorTxRequired());
            }
        });
    }
}
