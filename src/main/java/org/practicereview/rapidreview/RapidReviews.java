package org.practicereview.rapidreview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.PeopleNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of a case's rapid review: when it went to the national panel, and, when it comes back to
 * the business unit, what sent it back (each partner's reason, or the panel's question), for above the form.
 */
@Service
@Transactional(readOnly = true)
public class RapidReviews {

    private final RapidReviewRecords records;
    private final PeopleNames people;

    RapidReviews(RapidReviewRecords records, PeopleNames people) {
        this.records = records;
        this.people = people;
    }

    /** The day the latest version went to the national panel, if it has. */
    public Optional<LocalDate> sentOn(CaseReference ref) {
        return records.latest(ref).map(RapidReviewRecord::sentAt).map(at -> at.atZone(GovDates.UK).toLocalDate());
    }

    /**
     * Why the rapid review is back with the business unit: the partners who did not approve the latest version and
     * why, or the panel's request for more information after it was sent; empty for a first record.
     */
    public Optional<CaseFileSection> sentBack(CaseReference ref) {
        Optional<RapidReviewRecord> latest = records.latest(ref);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        long version = latest.get().id();
        List<Row> rows = new ArrayList<>();
        records.approvals(ref).stream().filter(a -> a.rapidReviewId() == version && !a.approved())
                .forEach(a -> rows.add(Row.of("Not approved by the " + a.partner().label(), a.reason() + "\n("
                        + people.nameOf(a.decidedBy()) + ", " + GovDates.time(a.decidedAt()) + ")")));
        records.responses(ref).stream().filter(p -> p.rapidReviewId() == version && p.answer() == PanelAnswer.MORE_INFORMATION)
                .forEach(p -> rows.add(Row.of("The national panel asks for more information (received "
                        + GovDates.day(p.receivedOn()) + ")", p.panelWords())));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CaseFileSection.of("rapid-review-returned", "Why the rapid review came back", 0,
                List.of(new Part("Change the rapid review where it needs it; the partners approve it again", null, rows)), ""));
    }
}
