package org.practicereview.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicereview.shared.PeopleNames;
import org.practicereview.shared.ReadingMemo;
import org.practicereview.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user store: the one list of people who may sign in, with their roles and agency. */
@Service
public class Users implements PeopleNames {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    /** {@link ReadingMemo}'s kind for people's names. */
    private static final String NAMES = "person's name";
    /** A bound on the parameters of one {@code in} list. */
    private static final int NAMES_PER_QUERY = 500;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Agencies agencies;
    private final Clock clock;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Agencies agencies, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(NewUser user) {
        return create(user, false);
    }

    /** Adds a user; with {@code mustChangePassword}, their password is a temporary one they change at first sign-in. */
    @Transactional
    public UserAccount create(NewUser user, boolean mustChangePassword) {
        check(user);
        insert(user, passwords.encode(user.password()));
        if (mustChangePassword) {
            jdbc.sql("update app_user set must_change_password = true where username = ?").param(user.username()).update();
        }
        return find(user.username()).orElseThrow();
    }

    /** Changes a user's name, address, roles and agency (the username never changes: the trail names it). */
    @Transactional
    public UserAccount update(String username, String displayName, String email, Set<Role> roles, String agencyCode) {
        if (!exists(username)) {
            throw new IllegalArgumentException("No such user");
        }
        checkAgency(roles, agencyCode);
        jdbc.sql("update app_user set display_name = ?, email = ?, agency_code = ? where username = ?")
                .params(displayName, email, agencyCode, username).update();
        jdbc.sql("delete from app_user_role where username = ?").param(username).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (username, role) values (?, ?)").params(username, role.name()).update();
        }
        return find(username).orElseThrow();
    }

    /** Stops the account signing in; its history stays, attributed to it. */
    @Transactional
    public void deactivate(String username) {
        jdbc.sql("update app_user set enabled = false, deactivated_at = ? where username = ?")
                .params(Timestamp.from(clock.instant()), username).update();
    }

    @Transactional
    public void reactivate(String username) {
        jdbc.sql("update app_user set enabled = true, deactivated_at = null where username = ?").param(username).update();
    }

    /** Sets a password: a temporary one ({@code mustChange}) or the one the user chose. */
    @Transactional
    public void setPassword(String username, String password, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = ? where username = ?")
                .params(passwords.encode(password), mustChange, username).update();
    }

    /** True when the user signed in with a temporary password and has not chosen their own yet. */
    public boolean mustChangePassword(String username) {
        return jdbc.sql("select must_change_password from app_user where username = ?").param(username)
                .query(Boolean.class).optional().orElse(false);
    }

    /** True when the password is the user's current one. */
    public boolean passwordMatches(String username, String password) {
        return password != null && passwordHash(username).map(hash -> passwords.matches(password, hash)).orElse(false);
    }

    /** Enabled accounts holding the ADMIN role. */
    public long activeAdministrators() {
        return jdbc.sql("select count(*) from app_user u join app_user_role r on r.username = u.username "
                + "where r.role = ? and u.enabled = true").param(Role.ADMIN.name()).query(Long.class).single();
    }

    /**
     * Accounts whose username, name or address contains the text (any case), deactivated ones too,
     * by name; at most {@code limit}. A blank text finds everyone.
     */
    public List<UserAccount> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "")) + "%";
        return jdbc.sql("select username from app_user where lower(username) like ? or lower(display_name) like ? "
                        + "or lower(coalesce(email, '')) like ? order by display_name, username fetch first " + limit + " rows only")
                .params(like, like, like).query(String.class).list().stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Creates accounts that are given one password together (the demo's accounts), each checked as
     * {@link #create} checks it, with the password hashed once: a BCrypt hash at strength 12 takes about
     * a third of a second, and one per demo account was a quarter of the demo's first start. The
     * accounts then share one hash, which shows that they share a password: only for a password that
     * is public anyway.
     */
    @Transactional
    public void createSharingOnePassword(List<NewUser> newUsers) {
        if (newUsers.isEmpty()) {
            return;
        }
        String password = newUsers.get(0).password();
        for (NewUser user : newUsers) {
            check(user);
            if (!user.password().equals(password)) {
                throw new IllegalArgumentException("These accounts do not share one password");
            }
        }
        String hash = passwords.encode(password);
        newUsers.forEach(user -> insert(user, hash));
    }

    private void check(NewUser user) {
        if (!USERNAME.matcher(user.username()).matches()) {
            throw new IllegalArgumentException("A username is 2 to 100 lower-case letters, digits, dots, dashes or underscores");
        }
        checkAgency(user.roles(), user.agencyCode());
        if (user.password() == null || user.password().length() < 12) {
            throw new IllegalArgumentException("A password has at least 12 characters");
        }
    }

    private void checkAgency(Set<Role> roles, String agencyCode) {
        if (roles.contains(Role.AGENCY) != (agencyCode != null)) {
            throw new IllegalArgumentException("Agency users, and only they, belong to an agency");
        }
        if (agencyCode != null && !agencies.exists(agencyCode)) {
            throw new IllegalArgumentException("No such agency");
        }
    }

    private void insert(NewUser user, String passwordHash) {
        jdbc.sql("insert into app_user (username, display_name, email, password_hash, agency_code, enabled, created_at) "
                        + "values (?, ?, ?, ?, ?, true, ?)")
                .params(user.username(), user.displayName(), user.email(), passwordHash,
                        user.agencyCode(), Timestamp.from(clock.instant()))
                .update();
        for (Role role : user.roles()) {
            jdbc.sql("insert into app_user_role (username, role) values (?, ?)").params(user.username(), role.name()).update();
        }
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() > 0;
    }

    /**
     * The account and then its roles, one query after the other: a query run from inside the first one's
     * row mapper would hold two pooled connections at once outside a transaction, and under load every
     * connection ends up held by a request waiting for a second one (found by the benchmark: the API
     * stalled for 30 s at 32 clients).
     */
    /**
     * How pages name whoever acted: their display name, kept when the account is deactivated, so their
     * past actions still read as theirs; the username itself when no account has it (the system).
     */
    @Override
    public String nameOf(String username) {
        if (username == null) {
            return null;
        }
        return ReadingMemo.remember(NAMES, username, () -> jdbc.sql("select display_name from app_user where username = ?")
                .param(username).query(String.class).optional().orElse(username));
    }

    /**
     * The name of each of these people, as {@link #nameOf} gives it, in one query: a page naming everyone
     * in a case's trail. Within a read-only transaction the names are kept, so its later look-ups are free.
     */
    public Map<String, String> namesOf(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> asked = usernames.stream().filter(Objects::nonNull).distinct().toList();
        List<String> unknown = asked.stream().filter(u -> !ReadingMemo.known(NAMES, u)).toList();
        for (int from = 0; from < unknown.size(); from += NAMES_PER_QUERY) {
            List<String> some = unknown.subList(from, Math.min(unknown.size(), from + NAMES_PER_QUERY));
            jdbc.sql("select username, display_name from app_user where username in (:usernames)").param("usernames", some)
                    .query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
            for (String u : some) {
                names.putIfAbsent(u, u); // no account: the system, named by its id
                ReadingMemo.keep(NAMES, u, names.get(u));
            }
        }
        asked.forEach(u -> names.computeIfAbsent(u, this::nameOf));
        return names;
    }

    public Optional<UserAccount> find(String username) {
        Optional<UserRow> row = jdbc.sql("select username, display_name, email, agency_code, enabled from app_user where username = ?")
                .param(username)
                .query((rs, i) -> new UserRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .optional();
        return row.map(r -> new UserAccount(r.username(), r.displayName(), r.email(), rolesOf(r.username()), r.agencyCode(), r.enabled()));
    }

    private record UserRow(String username, String displayName, String email, String agencyCode, boolean enabled) {}

    /** Users holding a role, e.g. the independent reviewers a chair may appoint. */
    public List<UserAccount> withRole(Role role) {
        return jdbc.sql("select u.username from app_user u join app_user_role r on r.username = u.username "
                        + "where r.role = ? and u.enabled = true order by u.display_name")
                .param(role.name()).query(String.class).list().stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    public List<UserAccount> inGroup(String groupId) {
        if (groupId.startsWith(org.practicereview.shared.Actor.AGENCY_GROUP_PREFIX)) {
            String agency = groupId.substring(org.practicereview.shared.Actor.AGENCY_GROUP_PREFIX.length());
            return jdbc.sql("select username from app_user where agency_code = ? and enabled = true order by username")
                    .param(agency).query(String.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
        }
        try {
            return withRole(Role.valueOf(groupId));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    public List<UserAccount> all() {
        return jdbc.sql("select username from app_user order by username").query(String.class).list().stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).optional();
    }

    private Set<Role> rolesOf(String username) {
        return roles(jdbc.sql("select role from app_user_role where username = ?").param(username).query(String.class).list());
    }

    /** Roles as stored in {@code app_user_role}, by name; nulls (an outer join's empty side) are skipped. */
    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.stream().filter(Objects::nonNull).forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }
}
