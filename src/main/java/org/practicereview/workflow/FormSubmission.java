package org.practicereview.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A completed form exactly as it was accepted: who, when, which form and task, and the values. Never changed. */
@Entity
@Table(name = "form_submission")
public class FormSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "form_id", nullable = false)
    private String formId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "task_definition_key")
    private String taskDefinitionKey;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "values_json", nullable = false)
    private String valuesJson;

    protected FormSubmission() {}

    FormSubmission(String caseReference, String formId, String taskId, String taskDefinitionKey,
                   String submittedBy, Instant submittedAt, String valuesJson) {
        this.caseReference = caseReference;
        this.formId = formId;
        this.taskId = taskId;
        this.taskDefinitionKey = taskDefinitionKey;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.valuesJson = valuesJson;
    }

    public Long id() { return id; }
    public String caseReference() { return caseReference; }
    public String formId() { return formId; }
    public String taskId() { return taskId; }
    public String taskDefinitionKey() { return taskDefinitionKey; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String valuesJson() { return valuesJson; }
}
