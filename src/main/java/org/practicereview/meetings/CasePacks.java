package org.practicereview.meetings;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.documents.CasePackPdf;
import org.practicereview.identity.Users;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A meeting's case pack: for each case on the agenda, the parts of its file the group decides on (the
 * referral, the agencies' answers, the screening so far, the dates), as the member may see them. Who
 * may open a pack is the caller's check; every page and download is in each case's trail.
 */
@Service
public class CasePacks {

    /** The case-file sections a pack shows, by key. */
    static final Set<String> SECTIONS = Set.of("referral", "agency-information", "screening", "recommendation", "dates",
            "tracking-dates");

    private final List<CaseFileSections> providers;
    private final Meetings meetings;
    private final CasePackPdf pdf;
    private final Trail trail;
    private final Users users;
    private final BoardSettings settings;
    private final TransactionTemplate reading;

    CasePacks(List<CaseFileSections> providers, Meetings meetings, CasePackPdf pdf, Trail trail, Users users,
              BoardSettings settings, PlatformTransactionManager transactions) {
        this.providers = providers;
        this.meetings = meetings;
        this.pdf = pdf;
        this.trail = trail;
        this.users = users;
        this.settings = settings;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The cases of the pack: those on the agenda and not carried over to another meeting. */
    public List<CaseReference> cases(long meetingId) {
        return meetings.agenda(meetingId).stream().filter(c -> !c.carriedOver()).map(TabledCase::caseReference).toList();
    }

    /** One case's part of the pack, as the member may see it; the view goes to the case's trail. */
    public List<CaseFileSection> page(Actor member, long meetingId, CaseReference caseReference) {
        List<CaseFileSection> sections = reading.execute(status -> sections(member, caseReference));
        trail.append(caseReference, member, TrailAction.MEETING_PACK_VIEWED, "meeting " + meetingId);
        return sections;
    }

    /** The whole pack as one PDF; the download goes to the trail of every case in it. */
    public byte[] pdf(Actor member, long meetingId) {
        Meeting meeting = meetings.existing(meetingId);
        List<CaseReference> cases = cases(meetingId);
        List<CasePackPdf.PackCase> content = reading.execute(status -> cases.stream()
                .map(ref -> new CasePackPdf.PackCase(ref.value(), sections(member, ref))).toList());
        byte[] document = pdf.render(new CasePackPdf.Pack(settings.current().boardName(), meeting.title(), meeting.when(),
                meeting.place(), users.nameOf(member.userId()), content));
        cases.forEach(ref -> trail.append(ref, member, TrailAction.MEETING_PACK_DOWNLOADED, "meeting " + meetingId));
        return document;
    }

    private List<CaseFileSection> sections(Actor member, CaseReference caseReference) {
        return providers.stream().filter(p -> p.keys().stream().anyMatch(SECTIONS::contains))
                .flatMap(p -> p.sectionsFor(member, caseReference).stream()).filter(s -> SECTIONS.contains(s.key()))
                .sorted(Comparator.comparingInt(CaseFileSection::order)).toList();
    }
}
