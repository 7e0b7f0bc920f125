package org.practicereview.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores accepted submissions; read by the case page and the auditor. */
@Component
public class FormSubmissions {

    interface Store extends Repository<FormSubmission, Long> {
        FormSubmission save(FormSubmission s);
        List<FormSubmission> findByCaseReferenceOrderById(String caseReference);
        List<FormSubmission> findByCaseReferenceAndFormIdInOrderById(String caseReference, Collection<String> formIds);
        long count();
    }

    private final Store store;
    private final ObjectMapper json;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    FormSubmissions(Store store, ObjectMapper json, Clock clock, JdbcTemplate jdbc) {
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Keeps a submission; joins the caller's transaction. */
    public FormSubmission keep(CaseReference caseReference, String formId, String taskId, String taskKey,
                               Actor actor, ValidatedValues values) {
        return store.save(new FormSubmission(caseReference.value(), formId, taskId, taskKey, actor.userId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), storable(values)));
    }

    /**
     * Keeps several submissions of one case made at once without a task (a referral's sections, in
     * order), as one JDBC batch: one round trip, and on PostgreSQL one statement
     * ({@code reWriteBatchedInserts}), instead of one insert each. Joins the caller's transaction.
     */
    public void keepAll(CaseReference caseReference, Actor actor, List<Map.Entry<String, ValidatedValues>> formsAndValues) {
        OffsetDateTime at = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(formsAndValues.size());
        for (Map.Entry<String, ValidatedValues> entry : formsAndValues) {
            rows.add(new Object[] {caseReference.value(), entry.getKey(), actor.userId(), at, storable(entry.getValue())});
        }
        jdbc.batchUpdate("insert into form_submission (case_reference, form_id, task_id, task_definition_key, submitted_by, "
                + "submitted_at, values_json) values (?, ?, null, null, ?, ?, ?)", rows);
    }

    private String storable(ValidatedValues values) {
        try {
            return json.writeValueAsString(values.toStorable());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store submission", e);
        }
    }

    public List<FormSubmission> forCase(CaseReference caseReference) {
        return store.findByCaseReferenceOrderById(caseReference.value());
    }

    /**
     * The case's submissions of these forms, oldest first. In a read-only transaction (a case page, a task
     * brief) the case's submissions are read once and each module's section takes its own forms from them:
     * nothing can be written meanwhile, so one read serves them all.
     */
    public List<FormSubmission> forCase(CaseReference caseReference, Collection<String> formIds) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return store.findByCaseReferenceAndFormIdInOrderById(caseReference.value(), formIds);
        }
        return readOnce(caseReference).stream().filter(s -> formIds.contains(s.formId())).toList();
    }

    private List<FormSubmission> readOnce(CaseReference caseReference) {
        String key = FormSubmissions.class.getName() + ":" + caseReference.value();
        @SuppressWarnings("unchecked")
        List<FormSubmission> read = (List<FormSubmission>) TransactionSynchronizationManager.getResource(key);
        if (read == null) {
            List<FormSubmission> all = store.findByCaseReferenceOrderById(caseReference.value());
            TransactionSynchronizationManager.bindResource(key, all);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            return all;
        }
        return read;
    }

    public long count() {
        return store.count();
    }
}
