package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Trail details as they are stored, and as pages and PDFs say them, with the diagrams deployed as in production. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"case-review.bpmn", "scr-review.bpmn", "publication.bpmn", "scr-criteria.dmn"})
class PlainWordsTest {

    ProcessEngine engine;
    PlainWords words;

    @BeforeEach
    void words() {
        words = new PlainWords(engine.getRepositoryService());
    }

    @Test
    void namesTasksProcessesDecisionsRulesAndCriteriaByWhatTheDiagramsCallThem() {
        assertThat(words.of("Task_RecordScrDecision {decisionOption=INITIATE_SCR, reviewType=null}"))
                .isEqualTo("Record SCR decision {decision option=initiate SCR, review type=null}");
        assertThat(words.of("decision scr-criteria version 1 (lscb-2006-reg5-v1) rule Rule_SeriousHarmWithConcern; "
                + "inputs {childDied=false}; outputs criteriaResult=MET"))
                .isEqualTo("decision Statutory criteria for a serious case review version 1 (lscb-2006-reg5-v1) rule "
                        + "reg. 5(2)(b)(ii); concern presumed; inputs {Child died=false}; outputs criteria result=met");
        assertThat(words.of("started case-review")).isEqualTo("started Case review");
        assertThat(words.of("criteriaResult=MANDATORY")).isEqualTo("criteria result=mandatory");
    }

    @Test
    void saysDatesAndCodesInPlainWordsAndLeavesWordsAlone() {
        assertThat(words.of("notification 7; SCR_INITIATED_NOTICE to national panel; due 2026-12-17T17:00:00Z"))
                .isEqualTo("notification 7; SCR initiated notice to national panel; due 17 December 2026 at 5pm");
        assertThat(words.of("Task_TriageReferral {outcome=ACCEPTED}; on 2026-12-03"))
                .isEqualTo("Triage referral {outcome=accepted}; on 3 December 2026");
        assertThat(words.of("publication hold released, six-month target, PRG and GP, the LSCB Regulations 2006")).isEqualTo(
                "publication hold released, six-month target, PRG and GP, the LSCB Regulations 2006");
        assertThat(words.of(null)).isNull();
    }

    @Test
    void namesTheLeadReviewerAndAnAssigneeByTheirNamesNeverReadAsCodes() {
        java.util.Map<String, String> people = java.util.Map.of("reviewer.x", "Hester McAllister", "coord_2", "Ana Perez-Smith");
        assertThat(words.of("Task_AppointLeadReviewer {leadReviewer=reviewer.x}; assignee=coord_2", people::get))
                .isEqualTo("Appoint lead reviewer {lead reviewer=Hester McAllister}; assignee=Ana Perez-Smith");
        assertThat(words.of("Task_TriageReferral {outcome=ACCEPTED}", people::get)).isEqualTo("Triage referral {outcome=accepted}");
    }
}
