package org.practicereview.rapidreview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.PeopleNames;
import org.practicereview.shared.Role;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The rapid review in the case file: the current version as recorded in full, each partner's answer on it and the
 * panel's responses; then when it was due and sent and whether that was within the 15 working days, the PDF the panel
 * received; then every earlier version, newest first, with who did not approve it and why. The partners deciding on it
 * read the record before anything else. The partners' deliberations: agencies never see them.
 */
@Component
class RapidReviewCaseFile implements CaseFileSections {

    static final String KEY = "rapid-review";

    /** The board's readers and the lead reviewer of the case (who opens only the cases they review). */
    private static final Set<Role> READERS = readers();

    private final RapidReviewRecords records;
    private final PeopleNames people;
    private final WorkingDays workingDays;

    RapidReviewCaseFile(RapidReviewRecords records, PeopleNames people, WorkingDays workingDays) {
        this.records = records;
        this.people = people;
        this.workingDays = workingDays;
    }

    private static Set<Role> readers() {
        Set<Role> readers = EnumSet.copyOf(Role.BOARD_READERS);
        readers.add(Role.REVIEWER);
        return readers;
    }

    @Override
    public Set<String> keys() {
        return Set.of(KEY);
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference ref) {
        if (viewer.roles().stream().noneMatch(READERS::contains)) {
            return List.of();
        }
        List<RapidReviewRecord> versions = records.of(ref);
        if (versions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PartnerApproval>> approvals = records.approvals(ref).stream()
                .collect(Collectors.groupingBy(PartnerApproval::rapidReviewId));
        Map<Long, List<PanelResponse>> responses = records.responses(ref).stream()
                .collect(Collectors.groupingBy(PanelResponse::rapidReviewId));
        List<Part> parts = new ArrayList<>();
        int latest = versions.size() - 1;
        versionWithAnswers(parts, versions.get(latest), latest + 1, false, approvals, responses);
        parts.add(overview(ref, versions));
        for (int i = latest - 1; i >= 0; i--) {
            versionWithAnswers(parts, versions.get(i), i + 1, true, approvals, responses);
        }
        return List.of(CaseFileSection.of(KEY, "Rapid review", 45, parts, ""));
    }

    /**
     * One version as recorded, then each partner's answer on it and the panel's responses to it. The current version
     * comes first, as those who decide on it read it; earlier ones follow, newest first, with who sent them back and why.
     */
    private void versionWithAnswers(List<Part> parts, RapidReviewRecord v, int n, boolean replaced,
                                    Map<Long, List<PartnerApproval>> approvals, Map<Long, List<PanelResponse>> responses) {
        parts.add(version(v, n, replaced));
        parts.add(answers(v, n, approvals.getOrDefault(v.id(), List.of())));
        for (PanelResponse p : responses.getOrDefault(v.id(), List.of())) {
            parts.add(new Part("The national panel's response to version " + n,
                    "Recorded by " + people.nameOf(p.recordedBy()) + " on " + GovDates.time(p.recordedAt()), List.of(
                    Row.of("Response arrived", GovDates.day(p.receivedOn())),
                    Row.of("What the panel said", p.answer().label()),
                    Row.of("The panel's words", p.panelWords()))));
        }
    }

    /** The dates that matter: due, first sent and whether within the 15 working days, the PDF, the decision in force. */
    private Part overview(CaseReference ref, List<RapidReviewRecord> versions) {
        RapidReviewRecord first = versions.get(0);
        RapidReviewRecord latest = versions.get(versions.size() - 1);
        List<Row> rows = new ArrayList<>();
        if (first.dueAt() != null) {
            rows.add(Row.of("Due by", GovDates.day(first.dueAt()) + " (15 working days)"));
        }
        versions.stream().filter(v -> v.sentAt() != null).findFirst().ifPresentOrElse(
                sent -> rows.add(Row.of("Sent to the national panel", GovDates.day(sent.sentAt()) + timeliness(first, sent))),
                () -> rows.add(Row.of("Sent to the national panel", "Not yet: the three safeguarding partners approve it first")));
        versions.stream().filter(v -> v.documentId() != null).reduce((a, b) -> b).ifPresent(v -> rows.add(new Row(
                "Rapid review sent (PDF)", "Rapid review, version " + (versions.indexOf(v) + 1) + ", sent "
                + GovDates.day(v.sentAt()), "/cases/" + ref.value() + "/documents/" + v.documentId())));
        rows.add(Row.of("The partners' decision", latest.decisionInWords()));
        return new Part("Dates and the decision", null, rows);
    }

    private String timeliness(RapidReviewRecord first, RapidReviewRecord sent) {
        if (first.dueAt() == null) {
            return "";
        }
        LocalDate due = first.dueAt().atZone(GovDates.UK).toLocalDate();
        LocalDate on = sent.sentAt().atZone(GovDates.UK).toLocalDate();
        if (!on.isAfter(due)) {
            return ": within the 15 working days";
        }
        int late = workingDays.workingDaysBetween(due, on);
        return ": not within the 15 working days (" + late + (late == 1 ? " working day" : " working days") + " late)";
    }

    private Part version(RapidReviewRecord v, int n, boolean replaced) {
        String heading = "Rapid review, version " + n + (replaced ? " (replaced by version " + (n + 1) + ")" : "");
        return new Part(heading, "Recorded by " + people.nameOf(v.recordedBy()) + " on " + GovDates.time(v.recordedAt()), List.of(
                Row.of("Rapid review meeting", GovDates.day(v.meetingOn())),
                Row.of("Facts and chronology", v.facts()),
                Row.of("The context of the child's life", v.childContext()),
                Row.of("Immediate safeguarding action for this child", v.actionForChild()),
                Row.of("Immediate safeguarding action for other children", v.actionForOthers()),
                Row.of("Learning so far", v.learning()),
                Row.of("Criteria for a local review the partners consider met", RapidReviewPdfContent.criteria(v.criteria())),
                Row.of("The partners' decision", v.decisionInWords()),
                Row.of("Rationale", v.rationale())));
    }

    /** Each partner's answer on a version, in the order pages list the partners; a partner yet to answer says so. */
    private Part answers(RapidReviewRecord v, int n, List<PartnerApproval> given) {
        List<Row> rows = new ArrayList<>();
        for (Role partner : Role.PARTNERS) {
            String answer = given.stream().filter(a -> a.partner() == partner).reduce((a, b) -> b)
                    .map(a -> (a.approved() ? "Approved by " : "Not approved by ") + people.nameOf(a.decidedBy()) + " on "
                            + GovDates.time(a.decidedAt()) + (a.approved() ? "" : ". Reason: " + a.reason()))
                    .orElse("Not answered");
            rows.add(Row.of(RapidReviewPdfContent.capitalised(partner), answer));
        }
        return new Part("The safeguarding partners' answers on version " + n, null, rows);
    }
}
