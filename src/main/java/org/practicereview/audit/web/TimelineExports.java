package org.practicereview.audit.web;

import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.PlainWords;
import org.practicereview.audit.Verification;
import org.practicereview.documents.TimelinePdf;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.PeopleNames;
import org.practicereview.shared.Role;
import org.practicereview.shared.CsvExport;
import org.springframework.stereotype.Component;

/** The timeline as rows for the page, and as CSV and PDF exports; whoever acted by their name, never their account name. */
@Component
class TimelineExports {

    /** One row of the timeline table; the person and the action in words. */
    record Row(String when, String source, String seq, String actor, String role, String action, String details) {}

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(TimelineFilter.LONDON);

    private final TimelinePdf pdf;
    /** The board's name is read when a page or document is made: an administrator may change it. */
    private final BoardSettings settings;
    private final PlainWords words;
    private final PeopleNames people;

    TimelineExports(TimelinePdf pdf, BoardSettings settings, PlainWords words, PeopleNames people) {
        this.pdf = pdf;
        this.settings = settings;
        this.words = words;
        this.people = people;
    }

    /** People's names by user id, each looked up once: one page or export names the same few people many times. */
    UnaryOperator<String> names() {
        Map<String, String> known = new HashMap<>();
        return userId -> userId == null ? null : known.computeIfAbsent(userId, people::nameOf);
    }

    /** A row of the page: the details in words (the CSV keeps them as stored, for verification). */
    static Row row(TimelineEntry e, UnaryOperator<String> names, PlainWords words) {
        return new Row(WHEN.format(e.at()), e.source(), e.seq() == null ? "" : e.seq().toString(), names.apply(e.actor()),
                Role.labelOf(e.role()), TrailAction.labelOf(e.action()), e.details() == null ? "" : words.of(e.details(), names));
    }

    List<Row> rows(List<TimelineEntry> entries) {
        UnaryOperator<String> names = names();
        return entries.stream().map(e -> row(e, names, words)).toList();
    }

    /**
     * Every field, times as ISO instants (UTC), for a spreadsheet (CsvExport makes formula cells inert):
     * the stored values, for matching against the trail, and beside them in words for people.
     */
    void csv(List<TimelineEntry> entries, Writer out) {
        UnaryOperator<String> names = names();
        CsvExport csv = CsvExport.forSpreadsheets(out, List.of("occurred_at", "source", "seq", "actor", "role", "action", "details",
                "role_in_words", "action_in_words", "actor_in_words"));
        for (TimelineEntry e : entries) {
            csv.row(e.at().toString(), e.source(), e.seq() == null ? "" : e.seq().toString(), e.actor(), e.role(), e.action(),
                    e.details() == null ? "" : e.details(), Role.labelOf(e.role()), TrailAction.labelOf(e.action()),
                    names.apply(e.actor()));
        }
        csv.flush();
    }

    byte[] pdf(CaseReference ref, List<TimelineEntry> entries, TimelineFilter filter, Verification verification) {
        UnaryOperator<String> names = names();
        List<TimelinePdf.Entry> pdfEntries = entries.stream().map(e -> new TimelinePdf.Entry(
                WHEN.format(e.at()) + " · " + names.apply(e.actor()) + " (" + Role.labelOf(e.role()) + ") · "
                        + TrailAction.labelOf(e.action()) + (e.seq() == null ? " · engine" : " · trail event " + e.seq()),
                words.of(e.details(), names))).toList();
        return pdf.render(new TimelinePdf.Timeline(ref.value(), settings.current().boardName(), describe(filter, names),
                verification.summary(), pdfEntries));
    }

    static String describe(TimelineFilter f, UnaryOperator<String> names) {
        if (!f.any()) {
            return "all entries";
        }
        return "filtered:" + (f.actor() == null ? "" : " actor " + names.apply(f.actor()))
                + (f.action() == null ? "" : " action " + TrailAction.labelOf(f.action()))
                + (f.from() == null ? "" : " from " + f.from()) + (f.to() == null ? "" : " to " + f.to());
    }
}
