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
 * JavaScript, as they type. Nothing is validated or sent to the case; only the person holding the task
 * reads it back, on that task's page, and it is removed once the task is completed. When the task is given
 * to someone else the draft goes with it, naming who wrote it, so that nobody retypes. The caller has
 * checked that the person may act on the task.
 */
@Service
public class TaskDrafts {

    /** Far above any form's limits: a draft is refused rather than stored without bound. */
    static final int MAX_CHARACTERS = 200_000;

    /** {@code writtenBy} is the user id of whoever saved it when the task was theirs, else null. */
    public record Draft(MultiValueMap<String, String> values, Instant savedAt, String writtenBy) {

        /** True when someone else saved it before the task was given to its holder. */
        public boolean handedOver() {
            return writtenBy != null;
        }
    }

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
        return find(taskId, actor.userId());
    }

    /**
     * The task has been given from one person to another: the draft the first one saved goes with it,
     * unless the second has saved one of their own since. Nothing happens when the first had none.
     */
    @Transactional
    public void handOver(String taskId, String fromUserId, String toUserId) {
        if (fromUserId == null || fromUserId.equals(toUserId)) {
            return;
        }
        Optional<Draft> given = find(taskId, fromUserId);
        if (given.isEmpty()) {
            return;
        }
        Optional<Draft> own = find(taskId, toUserId);
        if (own.isPresent() && own.get().savedAt().isAfter(given.get().savedAt())) {
            jdbc.sql("delete from task_draft where task_id = ? and username = ?").params(taskId, fromUserId).update();
            return;
        }
        jdbc.sql("delete from task_draft where task_id = ? and username = ?").params(taskId, toUserId).update();
        jdbc.sql("update task_draft set username = ?, written_by = coalesce(written_by, ?) where task_id = ? and username = ?")
                .params(toUserId, fromUserId, taskId, fromUserId).update();
    }

    private Optional<Draft> find(String taskId, String userId) {
        return jdbc.sql("select values_json, saved_at, written_by from task_draft where task_id = ? and username = ?")
                .params(taskId, userId)
                .query((rs, i) -> new Draft(read(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3)))
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
