package org.practicereview.screening;

import org.practicereview.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;

/**
 * The PRG's screening of a case against the statutory criteria: the facts it recorded and, once the
 * decision table has run, the result, the rule that fired and the table's key and version.
 */
@Entity
@Table(name = "screening")
class Screening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "abuse_or_neglect_known_or_suspected", nullable = false)
    private boolean abuseOrNeglectKnownOrSuspected;
    @Column(name = "child_died", nullable = false)
    private boolean childDied;
    @Column(name = "child_seriously_harmed", nullable = false)
    private boolean childSeriouslyHarmed;
    @Column(name = "definitive_evidence_no_concern", nullable = false)
    private boolean definitiveEvidenceNoConcern;
    @Column(name = "died_in_custody_or_detention", nullable = false)
    private boolean diedInCustodyOrDetention;
    @Column(name = "died_deprived_of_liberty_mca", nullable = false)
    private boolean diedDeprivedOfLibertyMca;
    @Column(name = "learning_notes")
    private String learningNotes;
    @Column(name = "screened_by", nullable = false)
    private String screenedBy;
    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "criteria_result")
    private CriteriaResult criteriaResult;
    @Column(name = "criteria_reason")
    private String criteriaReason;
    @Column(name = "rule_id")
    private String ruleId;
    @Column(name = "decision_key")
    private String decisionKey;
    @Column(name = "decision_version")
    private Integer decisionVersion;
    @Column(name = "decision_version_tag")
    private String decisionVersionTag;
    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    protected Screening() {}

    private Screening(CaseReference caseReference, CriteriaFacts facts, String learningNotes, Actor by, Instant at) {
        this.caseReference = caseReference.value();
        this.abuseOrNeglectKnownOrSuspected = facts.abuseOrNeglectKnownOrSuspected();
        this.childDied = facts.childDied();
        this.childSeriouslyHarmed = facts.childSeriouslyHarmed();
        this.definitiveEvidenceNoConcern = facts.definitiveEvidenceNoConcern();
        this.diedInCustodyOrDetention = facts.diedInCustodyOrDetention();
        this.diedDeprivedOfLibertyMca = facts.diedDeprivedOfLibertyMca();
        this.learningNotes = learningNotes;
        this.screenedBy = by.userId();
        this.screenedAt = at;
    }

    static Screening recordFacts(CaseReference caseReference, CriteriaFacts facts, String learningNotes, Actor by, Instant at) {
        return new Screening(caseReference, facts, learningNotes, by, at);
    }

    /** The evaluation of the recorded facts; happens once, and only for the facts recorded. */
    void recordResult(CriteriaFacts evaluated, Evaluation evaluation) {
        if (isEvaluated()) {
            throw new BusinessRuleException("This screening already has its criteria result");
        }
        if (!facts().equals(evaluated)) {
            throw new IllegalStateException("The decision table evaluated other facts than the PRG recorded");
        }
        this.criteriaResult = evaluation.result();
        this.criteriaReason = evaluation.reason();
        this.ruleId = evaluation.ruleId();
        this.decisionKey = evaluation.decisionKey();
        this.decisionVersion = evaluation.decisionVersion();
        this.decisionVersionTag = evaluation.versionTag();
        this.evaluatedAt = evaluation.evaluatedAt();
    }

    /**
     * One run of the criteria decision table: what it said, which rule fired, which table version, and
     * the table's version tag naming the criteria set (such as {@code lscb-2006-reg5-v1}), if it has one.
     */
    record Evaluation(CriteriaResult result, String reason, String ruleId, String decisionKey, int decisionVersion,
                      String versionTag, Instant evaluatedAt) {}

    boolean isEvaluated() {
        return criteriaResult != null;
    }

    CriteriaFacts facts() {
        return new CriteriaFacts(abuseOrNeglectKnownOrSuspected, childDied, childSeriouslyHarmed,
                definitiveEvidenceNoConcern, diedInCustodyOrDetention, diedDeprivedOfLibertyMca);
    }

    ScreeningOutcome outcome() {
        if (!isEvaluated()) {
            throw new IllegalStateException("Not evaluated yet");
        }
        return new ScreeningOutcome(new CaseReference(caseReference), facts(), criteriaResult, criteriaReason, ruleId,
                decisionKey, decisionVersion, decisionVersionTag, evaluatedAt);
    }

    String caseReference() { return caseReference; }
    String learningNotes() { return learningNotes; }
    String screenedBy() { return screenedBy; }
    Instant screenedAt() { return screenedAt; }
}
