package org.practicereview.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.practicereview.shared.Role;

/**
 * What the administrators' group may do through Camunda's webapps: open them and read everything,
 * and retry a failed job. Nothing else: no deployment, no task, instance or variable change, no
 * history deleted, no job run by hand, no authorization granted. Written at every start, replacing
 * whatever the group held before, so that a grant made by hand does not outlive a restart.
 */
final class EngineAuthorizations {

    static final Map<Resource, List<Permission>> ADMINISTRATOR = Map.ofEntries(
            Map.entry(Resources.APPLICATION, List.of(Permissions.ACCESS)),
            Map.entry(Resources.PROCESS_DEFINITION, List.of(ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                    ProcessDefinitionPermissions.RETRY_JOB)),
            Map.entry(Resources.PROCESS_INSTANCE, List.of(ProcessInstancePermissions.READ, ProcessInstancePermissions.RETRY_JOB)),
            Map.entry(Resources.TASK, List.of(TaskPermissions.READ)),
            Map.entry(Resources.HISTORIC_TASK, List.of(HistoricTaskPermissions.READ)),
            Map.entry(Resources.HISTORIC_PROCESS_INSTANCE, List.of(HistoricProcessInstancePermissions.READ)),
            Map.entry(Resources.DEPLOYMENT, List.of(Permissions.READ)),
            Map.entry(Resources.DECISION_DEFINITION, List.of(Permissions.READ, Permissions.READ_HISTORY)),
            Map.entry(Resources.DECISION_REQUIREMENTS_DEFINITION, List.of(Permissions.READ)),
            Map.entry(Resources.OPERATION_LOG_CATEGORY, List.of(UserOperationLogCategoryPermissions.READ)),
            Map.entry(Resources.BATCH, List.of(BatchPermissions.READ)),
            Map.entry(Resources.USER, List.of(Permissions.READ)),
            Map.entry(Resources.GROUP, List.of(Permissions.READ)),
            Map.entry(Resources.TENANT, List.of(Permissions.READ)),
            Map.entry(Resources.AUTHORIZATION, List.of(Permissions.READ)));

    private EngineAuthorizations() {}

    /** Replaces every grant the administrators' group holds with {@link #ADMINISTRATOR}. */
    static void grant(AuthorizationService authorizations) {
        String group = Role.ADMIN.group();
        authorizations.createAuthorizationQuery().groupIdIn(group).list()
                .forEach(held -> authorizations.deleteAuthorization(held.getId()));
        ADMINISTRATOR.forEach((resource, permissions) -> {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(resource);
            grant.setResourceId(Authorization.ANY);
            permissions.forEach(grant::addPermission);
            authorizations.saveAuthorization(grant);
        });
    }
}
