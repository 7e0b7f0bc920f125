package org.practicereview.identity.camunda;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;

/**
 * The engine's identity, read from our user store: users who may sign in, their roles and agencies
 * as groups, no tenants. Nothing can be written through it and it checks no password: signing in
 * is Spring Security's job. One instance per engine command (a Camunda session).
 */
final class UserStoreIdentityProvider implements ReadOnlyIdentityProvider {

    private final Users users;
    private final EngineGroups groups;
    private final CommandExecutor executor;

    UserStoreIdentityProvider(Users users, EngineGroups groups, CommandExecutor executor) {
        this.users = users;
        this.groups = groups;
        this.executor = executor;
    }

    @Override
    public User findUserById(String userId) {
        return account(userId).map(UserStoreIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new UserStoreUserQuery(executor);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new UserStoreUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in the application's user store");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return allGroups().stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new UserStoreGroupQuery(executor);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new UserStoreGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(executor);
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // nothing is ever written
    }

    @Override
    public void close() {
        // holds no resources of its own
    }

    /** The users who may sign in, narrowed to one id or one group when the query names one. */
    List<User> users(String userId, String groupId) {
        List<UserAccount> accounts;
        if (userId != null) {
            accounts = account(userId).stream().toList();
        } else if (groupId != null) {
            accounts = users.inGroup(EngineGroups.storeGroupOf(groupId));
        } else {
            accounts = users.all().stream().filter(UserAccount::enabled).toList();
        }
        return accounts.stream()
                .filter(account -> groupId == null || EngineGroups.idsOf(account).contains(groupId))
                .map(UserStoreIdentityProvider::toUser).toList();
    }

    List<Group> allGroups() {
        return groups.all();
    }

    List<String> groupIdsOf(String userId) {
        return account(userId).map(EngineGroups::idsOf).orElse(List.of());
    }

    private Optional<UserAccount> account(String userId) {
        return users.find(userId).filter(UserAccount::enabled);
    }

    /** Camunda has first and last names; we keep one display name and split it at the first space. */
    private static User toUser(UserAccount account) {
        UserEntity user = new UserEntity(account.username());
        String name = account.displayName() == null ? "" : account.displayName().strip();
        int space = name.indexOf(' ');
        user.setFirstName(space < 0 ? name : name.substring(0, space));
        user.setLastName(space < 0 ? "" : name.substring(space + 1).strip());
        user.setEmail(account.email());
        return user;
    }
}
