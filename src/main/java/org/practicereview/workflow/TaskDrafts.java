package org.practicereview.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicereview.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a person has typed on a task's form and not sent yet, as they typed it (the page's own
 * parameters, the date boxes included): saved when they choose "Save and come back later" and, with
 * JavaScript, as they type. Nothing is validated or sent to the case; only that person reads it back,
 * on that task's page, and it is removed once the task is completed. The caller has checked that the
 * person may act on the task.
 */
@Service
public class TaskDrafts {

    /** Far above any form's limits: a draft is refused rather than stored without bound. */
    static final int MAX_CHARACTERS = 200_000;

    public record Draft(MultiValueMap<String, String> values, Instant savedAt) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    TaskDrafts(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the posted values of the form's fields (and their date boxes), replacing the person's last draft. */
    @Transactional
    public Instant save(String taskId, Actor actor, FormDefinition form, MultiValueMap<String, String> params) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            for (String name : field.isDate()
                    ? List.of(field.key() + "-day", field.key() + "-month", field.key() + "-year") : List.of(field.key())) {
                List<String> given = params.get(name);
                if (given != null) {
                    kept.put(name, List.copyOf(given));
                }
            }
        }
        String text = write(kept);
        if (text.length() > MAX_CHARACTERS) {
            throw InvalidSubmissionException.of("(draft)", "This draft is too long to save");
        }
        Instant now = clock.instant();
        jdbc.sql("delete from task_draft where task_id = ? and username = ?").params(taskId, actor.userId()).update();
        jdbc.sql("insert into task_draft (task_id, username, values_json, saved_at) values (?, ?, ?, ?)")
                .params(taskId, actor.userId(), text, Timestamp.from(now)).update();
        return now;
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(String taskId, Actor actor) {
        return jdbc.sql("select values_json, saved_at from task_draft where task_id = ? and username = ?")
                .params(taskId, actor.userId())
                .query((rs, i) -> new Draft(read(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The task is done: every draft of it goes. */
    @Transactional
    public void discard(String taskId) {
        jdbc.sql("delete from task_draft where task_id = ?").param(taskId).update();
    }

    private String write(Map<String, List<String>> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draft could not be written", e);
        }
    }

    private MultiValueMap<String, String> read(String text) {
        try {
            return new LinkedMultiValueMap<>(json.readValue(text, new TypeReference<Map<String, List<String>>>() {}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft could not be read", e);
        }
    }
}
