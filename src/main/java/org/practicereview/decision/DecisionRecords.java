package org.practicereview.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.practicereview.audit.PlainWords;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DecisionRecord;
import org.practicereview.documents.DecisionRecordPdf;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.StoredDocument;
import org.practicereview.screening.PrgRecommendation;
import org.practicereview.screening.ScreeningOutcome;
import org.practicereview.screening.Screenings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.PeopleNames;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The PDF record of each chair decision, rendered and stored in the decision task's transaction, so a
 * decision never stands without its record. Named by the case reference only; the chair by their name.
 */
@Component
class DecisionRecords {

    private final DecisionRecordPdf renderer;
    private final CaseDocuments documents;
    private final Screenings screenings;
    private final HistoryService history;
    private final NoticeSettings settings;
    private final PlainWords plain;
    private final PeopleNames people;

    DecisionRecords(DecisionRecordPdf renderer, CaseDocuments documents, Screenings screenings,
                    HistoryService history, NoticeSettings settings, PlainWords plain, PeopleNames people) {
        this.plain = plain;
        this.people = people;
        this.renderer = renderer;
        this.documents = documents;
        this.screenings = screenings;
        this.history = history;
        this.settings = settings;
    }

    StoredDocument store(String processInstanceId, RecordedDecision d, ScreeningOutcome criteria, Actor chair) {
        CaseReference ref = d.caseReference();
        Optional<PrgRecommendation> advice = screenings.latestRecommendation(ref);
        LocalDate decided = day(d.decidedAt());
        DecisionRecord record = new DecisionRecord(ref, settings.boardName(), referralDate(processInstanceId, decided),
                decided, d.decisionDue() == null ? decided : day(d.decisionDue()), plain.of(d.criteriaSet()),
                d.criteriaVersion() + (d.criteriaVersionTag() == null ? "" : " (" + d.criteriaVersionTag() + ")"),
                words(d.criteriaResult().name()), plain.of(criteria.ruleId()), criteria.reason(),
                advice.map(a -> words(a.recommendation())
                        + (a.recommendedReviewType() == null ? "" : ": " + a.recommendedReviewType().label())).orElse(null),
                advice.map(PrgRecommendation::rationale).orElse(null), words(d.option().name()),
                d.reviewType() == null ? null : d.reviewType().label(), d.rationale(), d.departureReason(),
                people.nameOf(d.decidedBy()), words(chair.primaryRole()));
        return documents.store(ref.value(), DocumentKind.DECISION_RECORD, fileName(ref, decided),
                renderer.render(record), chair.userId());
    }

    static String fileName(CaseReference ref, LocalDate decided) {
        return "decision-record-" + ref.value().toLowerCase(Locale.UK) + "-" + decided + ".pdf";
    }

    /** The day the case was referred: when its process started. */
    private LocalDate referralDate(String processInstanceId, LocalDate fallback) {
        HistoricProcessInstance instance = processInstanceId == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null ? fallback : day(instance.getStartTime().toInstant());
    }

    private static LocalDate day(Instant at) {
        return at.atZone(WorkingDays.UK).toLocalDate();
    }

    /** INITIATE_SCR as "Initiate scr"; the enum names are the words the forms use. */
    static String words(String constant) {
        String text = constant.replace('_', ' ').toLowerCase(Locale.UK).replace("scr", "SCR").replace("prg", "PRG");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
