package org.practicereview.rapidreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.practicereview.documents.RapidReviewDocument;
import org.practicereview.documents.RapidReviewDocument.Field;
import org.practicereview.documents.RapidReviewDocument.Section;
import org.practicereview.rapidreview.RapidReviewSteps.Incident;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.PeopleNames;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Component;

/** The rapid review in words, as the PDF for the national panel shows it: the case by its reference only. */
@Component
class RapidReviewPdfContent {

    private final PeopleNames people;

    RapidReviewPdfContent(PeopleNames people) {
        this.people = people;
    }

    RapidReviewDocument of(CaseReference ref, String boardName, Incident incident, RapidReviewRecord r,
                           List<PartnerApproval> approvals) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Dates", List.of(
                Field.of("Local authority became aware", day(incident.awareOn())),
                Field.of("National panel notified", day(incident.panelNotifiedOn())),
                Field.of("Rapid review due by", incident.due() == null ? null : GovDates.day(incident.due())),
                Field.of("Rapid review meeting", GovDates.day(r.meetingOn())))));
        sections.add(new Section("What is known", List.of(
                Field.text("Facts and chronology", r.facts()),
                Field.text("The context of the child's life", r.childContext()))));
        sections.add(new Section("Immediate safeguarding action", List.of(
                Field.text("For this child", r.actionForChild()),
                Field.text("For other children", r.actionForOthers()))));
        sections.add(new Section("Learning so far", List.of(Field.text("Learning identified", r.learning()))));
        sections.add(new Section("Criteria for a local review (SI 2018/789 regulation 11)", List.of(
                Field.text("The partners consider that", criteria(r.criteria())))));
        sections.add(new Section("The partners' decision", List.of(
                Field.of("Decision", r.decisionInWords()),
                Field.text("Rationale", r.rationale()))));
        sections.add(new Section("Approved by the safeguarding partners", approvals.stream()
                .map(a -> Field.of(capitalised(a.partner()), people.nameOf(a.decidedBy()) + ", " + time(a.decidedAt())))
                .toList()));
        return new RapidReviewDocument(ref, boardName, sections);
    }

    static String criteria(List<LocalReviewCriterion> met) {
        return met.isEmpty() ? "None of the criteria for a local review applies."
                : met.stream().map(LocalReviewCriterion::label).collect(Collectors.joining("\n"));
    }

    static String capitalised(Role partner) {
        String label = partner.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String day(LocalDate date) {
        return date == null ? "Not recorded" : GovDates.day(date);
    }

    private static String time(Instant at) {
        return GovDates.time(at);
    }
}
