package org.practicereview;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at a fresh database of the embedded PostgreSQL server, ahead of every
 * other property source, as the environment variables of the postgres profile would in production.
 * The first administrator is given too, so that its creation runs as on a real first start.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String FIRST_ADMIN = "pg.admin";
    public static final String FIRST_ADMIN_PASSWORD = "first-admin-password-1";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgresServer.usedBy(context);
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", EmbeddedPostgresServer.newDatabase("pr"));
        p.put("spring.datasource.username", EmbeddedPostgresServer.USER);
        p.put("spring.datasource.password", EmbeddedPostgresServer.PASSWORD);
        p.put("practice-review.first-admin.username", FIRST_ADMIN);
        p.put("practice-review.first-admin.password", FIRST_ADMIN_PASSWORD);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", p));
    }
}
