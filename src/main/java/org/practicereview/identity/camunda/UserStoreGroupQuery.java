package org.practicereview.identity.camunda;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** A group query over the roles, the agencies and Camunda's administrators group. */
final class UserStoreGroupQuery extends GroupQueryImpl {

    private static final Map<String, Function<Group, String>> SORT_KEYS = Map.of(
            GroupQueryProperty.GROUP_ID.getName(), Group::getId,
            GroupQueryProperty.NAME.getName(), Group::getName,
            GroupQueryProperty.TYPE.getName(), Group::getType);

    UserStoreGroupQuery() {}

    UserStoreGroupQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return QueryResults.sortedPage(matching(commandContext), this, SORT_KEYS);
    }

    private List<Group> matching(CommandContext commandContext) {
        if (procDefId != null || tenantId != null) {
            return List.of(); // no process names candidate starter groups, and there are no tenants
        }
        UserStoreIdentityProvider store = (UserStoreIdentityProvider) commandContext.getReadOnlyIdentityProvider();
        List<String> memberOf = userId == null ? null : store.groupIdsOf(userId);
        return store.allGroups().stream()
                .filter(g -> memberOf == null || memberOf.contains(g.getId()))
                .filter(g -> QueryResults.equal(id, g.getId()))
                .filter(g -> ids == null || Arrays.asList(ids).contains(g.getId()))
                .filter(g -> QueryResults.equal(name, g.getName()) && QueryResults.like(nameLike, g.getName()))
                .filter(g -> QueryResults.equal(type, g.getType()))
                .toList();
    }
}
