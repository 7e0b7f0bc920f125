package org.practicereview.identity.camunda;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** A user query answered from the user store, filtered and paged in memory (a board has few users). */
final class UserStoreUserQuery extends UserQueryImpl {

    private static final Map<String, Function<User, String>> SORT_KEYS = Map.of(
            UserQueryProperty.USER_ID.getName(), User::getId,
            UserQueryProperty.FIRST_NAME.getName(), User::getFirstName,
            UserQueryProperty.LAST_NAME.getName(), User::getLastName,
            UserQueryProperty.EMAIL.getName(), User::getEmail);

    UserStoreUserQuery() {}

    UserStoreUserQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return QueryResults.sortedPage(matching(commandContext), this, SORT_KEYS);
    }

    private List<User> matching(CommandContext commandContext) {
        if (procDefId != null || tenantId != null) {
            return List.of(); // no process names candidate starters, and there are no tenants
        }
        UserStoreIdentityProvider store = (UserStoreIdentityProvider) commandContext.getReadOnlyIdentityProvider();
        return store.users(id, groupId).stream().filter(this::matches).toList();
    }

    private boolean matches(User user) {
        return (ids == null || Arrays.asList(ids).contains(user.getId()))
                && QueryResults.equal(firstName, user.getFirstName())
                && QueryResults.like(firstNameLike, user.getFirstName())
                && QueryResults.equal(lastName, user.getLastName())
                && QueryResults.like(lastNameLike, user.getLastName())
                && QueryResults.equal(email, user.getEmail())
                && QueryResults.like(emailLike, user.getEmail());
    }
}
