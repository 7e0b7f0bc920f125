package org.practicereview.workflow;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.practicereview.shared.Role;

/**
 * The engine's own lock on the application's door. A command that completes, claims, assigns or
 * otherwise changes a user task runs only on the task path ({@link UserTasks}), whoever asks; a
 * deployment only while the application starts, with no user signed in to the engine. The
 * application's own calls are checked by the application, so Camunda's authorizations apply to
 * every other caller; of those, an administrator may move a job's due date (a repair, written to the
 * trail by {@link AdministratorRepairs}), which Camunda's permissions cannot grant without also
 * granting variable changes and running jobs.
 */
final class OneDoor extends CommandInterceptor {

    static final String REFUSAL = "Case tasks are claimed, assigned and completed in Practice Review, not here.";

    private static final Set<Class<?>> TASK_COMMANDS = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
            ClaimTaskCmd.class, AssignTaskCmd.class, DelegateTaskCmd.class, ResolveTaskCmd.class, SetTaskOwnerCmd.class,
            SaveTaskCmd.class, DeleteTaskCmd.class, SetTaskDueDateCmd.class, SetTaskFollowUpDateCmd.class,
            AddUserIdentityLinkCmd.class, AddGroupIdentityLinkCmd.class, DeleteUserIdentityLinkCmd.class,
            DeleteGroupIdentityLinkCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
            SetTaskVariablesCmd.class, PatchTaskVariablesCmd.class, RemoveTaskVariablesCmd.class);

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (TASK_COMMANDS.contains(command.getClass()) && !EngineCallers.onTaskPath()) {
            throw new AuthorizationException(REFUSAL);
        }
        Authentication user = context.getAuthentication();
        if (command instanceof DeployCmd && user != null) {
            throw new AuthorizationException("Diagrams and forms are deployed only by Practice Review when it starts.");
        }
        if (!EngineCallers.isApplication() && !(command instanceof SetJobDuedateCmd && isAdministrator(user))) {
            return next.execute(command);
        }
        boolean checking = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return next.execute(command);
        } finally {
            context.setAuthorizationCheckEnabled(checking);
        }
    }

    private static boolean isAdministrator(Authentication user) {
        return user != null && user.getGroupIds() != null && user.getGroupIds().contains(Role.ADMIN.group());
    }
}
