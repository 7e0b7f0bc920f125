package org.practicereview.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.storage.H2CommitDurability;
import org.practicereview.workflow.EngineIndexes;
import org.practicereview.workflow.WorkingDays;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The same diagrams on Camunda alone: a standalone engine on a database of the same kind, with the
 * application's engine settings (history level full, UUID ids, job executor on, JSON serialisation)
 * and nothing else — no web, security, forms, trail, domain tables or outbox. The diagrams' delegates
 * are empty, and {@code workingDays} is the real calculator (the diagrams' due dates need it).
 */
final class BareEngine implements AutoCloseable {

    private static final String PROCESS = "case-review";

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;

    BareEngine(String url, String user, String password) throws IOException {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(10); // Spring Boot's default, as the application has
        if (url.startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty("reWriteBatchedInserts", "true"); // as application-postgres.yml
        }
        dataSource = new HikariDataSource(pool);
        JavaDelegate nothing = execution -> { };
        Map<Object, Object> beans = new HashMap<>();
        for (String delegate : new String[] {"registerReferral", "mergeReferral", "sendAgencyReminder", "recordCriteriaResult",
                "escalateOverdueDecision", "notifyDecision", "sendStepReminder", "escalateOverdueStep"}) {
            beans.put(delegate, nothing);
        }
        WorkingDays workingDays = new WorkingDays(Clock.systemDefaultZone());
        beans.put("workingDays", workingDays);
        beans.put("stepTargets", new org.practicereview.workflow.StepTargets(workingDays,
                () -> org.practicereview.settings.WorkingDayTargets.DEFAULTS));
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-engine-benchmark");
        configuration.setDataSource(url.startsWith("jdbc:h2:file:") ? writtenAtCommit(dataSource) : dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(true);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setBeans(beans);
        // The application's index on the engine's schema, so the comparison is of the layers above the
        // engine, not of the index.
        configuration.getProcessEnginePlugins().add(new EngineIndexes());
        engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare-engine-benchmark");
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.sorted().toList()) {
                deployment.addInputStream(file.getFileName().toString(), new ByteArrayInputStream(Files.readAllBytes(file)));
            }
        }
        deployment.deploy();
    }

    /**
     * The application's H2 durability (storage.H2CommitDurability) for a pool without Spring: each
     * commit is written to the file before it returns, with H2's background writer running, exactly
     * as in the application. (The benchmark first used WRITE_DELAY=0, the same durability by another
     * mechanism.) At 500 commits a second H2's clean-up falls behind either way: the bare engine's
     * file reaches about 5 GB in a run.
     */
    private static DataSource writtenAtCommit(DataSource pool) {
        return new DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(BareEngine.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            try {
                                Object result = method.invoke(connection, args);
                                if (method.getName().equals("commit")) {
                                    H2CommitDurability.writeOut(connection);
                                }
                                return result;
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    /** Starts a case's process with the variables the application starts it with. */
    String start(int n) {
        String reference = String.format("PR-2026-%06d", n % 1_000_000);
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseReference", reference);
        variables.put("referrer", "bench.referrer");
        variables.put("referrerAgency", "BENCH");
        variables.put("decisionDue", new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000));
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, reference, variables).getId();
    }

    /** Starts a case and completes its triage task as accepted. */
    void startAndTriage(int n) {
        String instance = start(n);
        Task triage = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_TriageReferral").singleResult();
        Map<String, Object> outcome = new HashMap<>();
        outcome.put("triageOutcome", "ACCEPTED");
        engine.getTaskService().complete(triage.getId(), outcome);
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
