package org.practicereview.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.OfflineVerifier;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An auditor signs a checkpoint: it is in the trail, mailed to the auditors without the key, and in the
 * export, which verifies with the public key alone.
 */
@IntegrationTest
class TrailCheckpointsTests {

    static final CaseReference CASE = CaseReference.of(2026, 8871);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Trail trail;
    @Autowired JdbcTemplate jdbc;
    @Value("${practice-review.trail.checkpoint-private-key}") String privateKey;
    @TempDir Path dir;
    Auditors auditors;
    RequestPostProcessor auditor;

    @BeforeEach
    void aTrail() {
        auditors = new Auditors(users, details);
        auditor = auditors.as(Role.AUDITOR);
        trail.append(CASE, Actor.of("coord.checkpoint", Role.PRG_COORDINATOR), TrailAction.REFERRAL_SUBMITTED, "purpose=SCR_CONSIDERATION");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(auditor)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAuditorSignsACheckpointAndEveryAuditorIsMailedItWithoutTheKey() throws Exception {
        long head = jdbc.queryForObject("select last_seq from trail_head", Long.class);
        assertThat(page("/audit")).contains("Signed checkpoints").contains("Sign a checkpoint now")
                .contains("check that its fingerprint is <strong>" + fingerprint() + "</strong>")
                .doesNotContain("Event " + head + ", signed ");

        mvc.perform(post("/audit/checkpoints").with(auditor).with(csrf()))
                .andExpect(redirectedUrl("/audit"))
                .andExpect(flash().attribute("checkpointMessage",
                        "Checkpoint signed at event " + head + ". The auditors have been sent it by email."));

        assertThat(page("/audit")).contains("Event " + head + ", signed ").doesNotContain("No checkpoint has been signed yet");
        // Each class owns its data, not each test: the rows this test made are the newest.
        assertThat(jdbc.queryForObject("select details from trail_event where action = 'TRAIL_CHECKPOINT_SIGNED' order by seq desc limit 1",
                String.class)).isEqualTo("checkpoint of event " + head);
        Map<String, Object> mail = jdbc.queryForMap(
                "select recipient, subject, body from notification where kind = 'TRAIL_CHECKPOINT' order by id desc limit 1");
        String signature = jdbc.queryForObject("select signature from trail_checkpoint order by id desc limit 1", String.class).strip();
        assertThat(mail.get("recipient")).isEqualTo("role:AUDITOR");
        assertThat(mail.get("subject")).isEqualTo("Decision trail signed at event " + head);
        assertThat((String) mail.get("body")).contains("Event number: " + head).contains("Signature: " + signature)
                .doesNotContain(privateKey);
        assertThat(signature).startsWith("ed25519:");
        assertThat(jdbc.queryForObject("select details from trail_event where action = 'NOTIFICATION_QUEUED' order by seq desc limit 1",
                String.class)).contains("auditors").doesNotContain("referrer");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theExportCarriesTheCheckpointAndVerifiesWithTheKey() throws Exception {
        long before = jdbc.queryForObject("select count(*) from trail_checkpoint", Long.class);
        mvc.perform(post("/audit/checkpoints").with(auditor).with(csrf())).andExpect(redirectedUrl("/audit"));
        byte[] export = mvc.perform(get("/audit/trail.csv").with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Path file = dir.resolve("trail.csv");
        Files.write(file, export);
        // The auditor's copy of the public key, made with openssl from the private key the service holds.
        Path key = Path.of("src/test/resources/checkpoint-test-public.pem");

        assertThat(new String(export, StandardCharsets.UTF_8)).contains("\r\n#checkpoint,");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(new String[] {"--public-key", key.toString(), file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Result:         INTACT").contains("Checkpoints:    " + (before + 1) + " signed");
        assertThat(status).isZero();
    }

    private static String fingerprint() throws Exception {
        return org.practicereview.audit.CheckpointPublicKeys.fromFile(Path.of("src/test/resources/checkpoint-test-public.pem"))
                .get(0).fingerprint();
    }

    @Test
    void noOtherRoleSignsACheckpoint() throws Exception {
        long before = jdbc.queryForObject("select count(*) from trail_checkpoint", Long.class);
        for (Role role : List.of(Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.REVIEWER, Role.ADMIN)) {
            mvc.perform(post("/audit/checkpoints").with(auditors.as(role)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from trail_checkpoint", Long.class)).isEqualTo(before);
    }
}
