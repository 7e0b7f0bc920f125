package org.practicereview.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/** Stores accepted submissions; read by the case page and the auditor. */
@Component
public class FormSubmissions {

    interface Store extends Repository<FormSubmission, Long> {
        FormSubmission save(FormSubmission s);
        List<FormSubmission> findByCaseReferenceOrderById(String caseReference);
        long count();
    }

    private final Store store;
    private final ObjectMapper json;
    private final Clock clock;

    FormSubmissions(Store store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps a submission; joins the caller's transaction. */
    public FormSubmission keep(CaseReference caseReference, String formId, String taskId, String taskKey,
                               Actor actor, ValidatedValues values) {
        try {
            String body = json.writeValueAsString(values.toStorable());
            return store.save(new FormSubmission(caseReference.value(), formId, taskId, taskKey, actor.userId(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store submission", e);
        }
    }

    public List<FormSubmission> forCase(CaseReference caseReference) {
        return store.findByCaseReferenceOrderById(caseReference.value());
    }

    public long count() {
        return store.count();
    }
}
