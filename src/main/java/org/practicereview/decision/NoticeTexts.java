package org.practicereview.decision;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.practicereview.screening.ScreeningOutcome;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.WorkingDays;

/** The words of the decision's notices. They name the case by its reference only, never the child or family. */
final class NoticeTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, String> CRITERIA = new LinkedHashMap<>();

    static {
        CRITERIA.put("abuseOrNeglectKnownOrSuspected", "Abuse or neglect known or suspected");
        CRITERIA.put("childDied", "The child has died");
        CRITERIA.put("childSeriouslyHarmed", "The child has been seriously harmed");
        CRITERIA.put("definitiveEvidenceNoConcern", "Definitive evidence of no concern about how agencies worked together");
        CRITERIA.put("diedInCustodyOrDetention", "The child died in custody or detention");
        CRITERIA.put("diedDeprivedOfLibertyMca", "The child died deprived of liberty under the Mental Capacity Act 2005");
    }

    private NoticeTexts() {}

    static String date(Instant instant) {
        return DATE.format(instant.atZone(WorkingDays.UK));
    }

    /** "scr-criteria version 2 (lscb-2006-reg5-v1)": which criteria set and version applied. */
    static String criteriaSet(RecordedDecision d) {
        String tag = d.criteriaVersionTag() == null ? "" : " (" + d.criteriaVersionTag() + ")";
        return d.criteriaSet() + " version " + d.criteriaVersion() + tag;
    }

    static String outcome(RecordedDecision d) {
        return switch (d.option()) {
            case INITIATE_SCR -> "to initiate a Serious Case Review";
            case OTHER_REVIEW -> "not to initiate a Serious Case Review, and to commission a " + d.reviewType().label();
            case NO_REVIEW -> "not to initiate a review; follow-up: " + String.join(", ", d.noReviewFollowUp()).toLowerCase(Locale.ROOT).replace('_', ' ');
            case DEFER -> "to defer the decision for more information";
        };
    }

    static String decisionNotice(String board, RecordedDecision d) {
        return board + ": on " + date(d.decidedAt()) + " the independent chair decided, on case " + d.caseReference()
                + ", " + outcome(d) + ". Statutory criteria (" + criteriaSet(d) + "): " + d.criteriaResult() + ".";
    }

    static String learningReviewNotice(String board, CaseReference ref, ReviewType type) {
        return board + ": case " + ref + " was referred for the learning it offers, not as a serious incident. The Practice"
                + " Review Group takes it forward as a " + type.label() + ". It is not screened against the statutory"
                + " criteria for a Serious Case Review, and the national panel is not notified.";
    }

        static String initiatedNotice(String board, RecordedDecision d) {
        return board + " notifies the national panel of independent experts and Ofsted that on " + date(d.decidedAt())
                + " its independent chair decided to initiate a Serious Case Review on case " + d.caseReference()
                + " (criteria " + d.criteriaResult() + ", " + criteriaSet(d) + "). The lead reviewer will be named when appointed.";
    }

    static String notInitiatedNotice(String board, RecordedDecision d, ScreeningOutcome s) {
        StringBuilder body = new StringBuilder(board + " notifies the national panel that on " + date(d.decidedAt())
                + " its independent chair decided " + outcome(d) + ". Incident notification reference: "
                + d.caseReference() + ".\n\nCriteria set " + criteriaSet(d) + ": " + s.result() + " (rule " + s.ruleId() + "). " + s.reason() + "\n\nCriteria considered:\n");
        s.facts().toVariables().forEach((name, value) ->
                body.append("- ").append(CRITERIA.get(name)).append(": ").append(Boolean.TRUE.equals(value) ? "yes" : "no").append('\n'));
        body.append("\nAlternative review commissioned: ")
                .append(d.option() == DecisionOption.OTHER_REVIEW ? d.reviewType().label() : "none").append('.');
        if (d.departsFromCriteria()) {
            body.append("\nThe decision departs from the criteria result; the chair's reasons are held in the decision record.");
        }
        return body.toString();
    }

    static String overdueNotice(String caseReference, Instant due) {
        return "The independent chair's decision on case " + caseReference
                + (due == null ? " is overdue" : " was due by " + date(due)) + " and has not been recorded yet. Please arrange the decision or record why it is delayed.";
    }
}
