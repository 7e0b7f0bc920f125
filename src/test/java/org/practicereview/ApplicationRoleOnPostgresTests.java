package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.decision.DecisionOption;
import org.practicereview.decision.Decisions;
import org.practicereview.identity.Agencies;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Production's two database roles, as docs/auditing.md tells the operator to set them up: a database
 * administrator creates the schema's owner and practice_review_app, the owner runs
 * db/roles/postgresql-application-role.sql before the first start, and the application starts with
 * Flyway migrating as the owner ({@code PRACTICE_REVIEW_DB_OWNER_USER}) and everything else connected
 * as practice_review_app ({@code PRACTICE_REVIEW_DB_USER}). A case then goes from referral to the
 * chair's decision, and the application's own connection cannot change the trail or drop a table.
 */
@SpringBootTest
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = ApplicationRoleOnPostgresTests.TwoRoles.class)
@Tag(Tiers.INTEGRATION)
@DirtiesContext
class ApplicationRoleOnPostgresTests {

    static final String OWNER = "practice_review_owner";
    static final String OWNER_PASSWORD = "fictional-owner-password";
    static final String APP_ROLE = "practice_review_app";
    static final String APP_PASSWORD = "fictional-app-password";
    static final Path GRANTS = Path.of("src/main/resources/db/roles/postgresql-application-role.sql");

    /** The database administrator's and the owner's part, then the environment the postgres profile reads. */
    static class TwoRoles implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            EmbeddedPostgresServer.usedBy(context);
            String url = EmbeddedPostgresServer.newDatabase("approle");
            String database = url.substring(url.lastIndexOf('/') + 1);
            try {
                asAdministrator(EmbeddedPostgresServer.server().getJdbcUrl(EmbeddedPostgresServer.USER, "postgres"),
                        role(OWNER, OWNER_PASSWORD), role(APP_ROLE, APP_PASSWORD), "alter database " + database + " owner to " + OWNER);
                asAdministrator(url, "alter schema public owner to " + OWNER);
                try (Connection owner = DriverManager.getConnection(url, OWNER, OWNER_PASSWORD); Statement s = owner.createStatement()) {
                    s.execute(Files.readString(GRANTS, StandardCharsets.UTF_8));
                }
            } catch (Exception e) {
                throw new IllegalStateException("Setting up the two roles failed", e);
            }
            Map<String, Object> environment = new HashMap<>();
            environment.put("PRACTICE_REVIEW_DB_URL", url);
            environment.put("spring.datasource.url", url); // the test profile's own (in-memory H2) comes after postgres's
            environment.put("PRACTICE_REVIEW_DB_USER", APP_ROLE);
            environment.put("PRACTICE_REVIEW_DB_PASSWORD", APP_PASSWORD);
            environment.put("PRACTICE_REVIEW_DB_OWNER_USER", OWNER);
            environment.put("PRACTICE_REVIEW_DB_OWNER_PASSWORD", OWNER_PASSWORD);
            environment.put("PRACTICE_REVIEW_ADMIN_USERNAME", "approle.admin");
            environment.put("PRACTICE_REVIEW_ADMIN_PASSWORD", "first-admin-password-2");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("operator-environment", environment));
        }

        private static String role(String name, String password) {
            return "do $$ begin if not exists (select from pg_roles where rolname = '" + name + "') then "
                    + "create role " + name + " login password '" + password + "'; end if; end $$";
        }

        private static void asAdministrator(String url, String... statements) throws SQLException {
            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
                 Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        }
    }

    private final Actor referrer = Actor.agencyUser("approle.referrer", "NORTHSHIRE_HEALTH");
    private final Actor police = Actor.agencyUser("approle.police", "NORTHSHIRE_POLICE");
    private final Actor coordinator = Actor.of("approle.coordinator", Role.PRG_COORDINATOR);
    private final Actor member = Actor.of("approle.member", Role.PRG_MEMBER);
    private final Actor chair = Actor.of("approle.chair", Role.CHAIR);

    @Autowired JdbcTemplate jdbc;
    @Autowired Agencies agencies;
    @Autowired ReferralService referrals;
    @Autowired TaskInbox inbox;
    @Autowired UserTasks userTasks;
    @Autowired Decisions decisions;
    @Autowired Trail trail;

    @Test
    void theApplicationRunsAsItsOwnRoleWhileTheOwnerMigrated() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(APP_ROLE);
        assertThat(jdbc.queryForObject("select distinct installed_by from flyway_schema_history", String.class)).isEqualTo(OWNER);
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'trail_event'", String.class))
                .isEqualTo(OWNER);
    }

    @Test
    void takesACaseFromReferralToTheChairsDecision() {
        ReferralExamples.registerDemoAgencies(agencies);
        CaseReference ref = referrals.submitDirect(referrer, ReferralExamples.wholeReferral()).reference();

        complete(ref, coordinator, "Task_TriageReferral", Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        complete(ref, coordinator, "Task_RequestAgencyInformation",
                Map.of("agencies", List.of("NORTHSHIRE_POLICE"), "note", "Please send your chronology."));
        complete(ref, police, "Task_ProvideAgencySummary", Map.of("involvementSummary", "Known to the agency since 2024.",
                "chronology", "2025: two contacts. 2026: admission.", "filesSecured", "yes", "workingTogetherConcerns", "no"));
        complete(ref, member, "Task_ScreenAgainstCriteria", Map.of("abuseOrNeglectKnownOrSuspected", "yes", "childDied", "no",
                "childSeriouslyHarmed", "yes", "definitiveEvidenceNoConcern", "no", "diedInCustodyOrDetention", "no",
                "diedDeprivedOfLibertyMca", "no", "learningNotes", "Information sharing between school and health."));
        complete(ref, member, "Task_RecommendToChair", Map.of("recommendation", "INITIATE_SCR",
                "rationale", "The criteria are met.", "likelyLearning", "Sharing of concerns.", "impact", "Family to be offered a meeting."));
        complete(ref, chair, "Task_RecordScrDecision", Map.of("decisionOption", "INITIATE_SCR", "rationale", "Statutory criteria met."));

        assertThat(decisions.latest(ref).orElseThrow().option()).isEqualTo(DecisionOption.INITIATE_SCR);
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind)
                .contains(TrailAction.REFERRAL_SUBMITTED, TrailAction.TASK_COMPLETED);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theApplicationsOwnConnectionCannotChangeTheTrailNorDropATable() {
        Map<String, String> refused = Map.of(
                "update trail_event set details = 'kinder'", "permission denied for table trail_event",
                "delete from trail_event", "permission denied for table trail_event",
                "delete from trail_checkpoint", "permission denied for table trail_checkpoint",
                "drop table trail_event", "must be owner of table trail_event",
                "drop table referral", "must be owner of table referral",
                "alter table trail_event disable trigger all", "must be owner of table trail_event");
        refused.forEach((sql, reason) -> assertThatThrownBy(() -> jdbc.execute(sql)).as(sql)
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(reason));
        assertThat(trail.verify().intact()).isTrue();
    }

    private void complete(CaseReference ref, Actor actor, String taskKey, Map<String, ?> values) {
        var task = inbox.forCase(actor, ref).stream().filter(t -> t.taskDefinitionKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError(taskKey + " is not open for " + actor.userId()));
        userTasks.complete(task.id(), actor, values);
    }
}
