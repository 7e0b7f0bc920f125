package org.practicereview.rapidreview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.RapidReviewPdf;
import org.practicereview.documents.StoredDocument;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a rapid review: record it, each partner's answer, send it to the national panel, record the panel's
 * response. Each joins the caller's transaction (the task completion or the engine's job), so a step and its trail
 * entry commit together. Trail details say what was decided in words, never the texts typed.
 */
@Service
@Transactional
class RapidReviewSteps {

    private final RapidReviewRecords records;
    private final Trail trail;
    private final Clock clock;
    private final RapidReviewPdf pdf;
    private final RapidReviewPdfContent content;
    private final CaseDocuments documents;
    private final Notifications notifications;
    private final BoardSettings settings;

    RapidReviewSteps(RapidReviewRecords records, Trail trail, Clock clock, RapidReviewPdf pdf, RapidReviewPdfContent content,
                     CaseDocuments documents, Notifications notifications, BoardSettings settings) {
        this.records = records;
        this.trail = trail;
        this.clock = clock;
        this.pdf = pdf;
        this.content = content;
        this.documents = documents;
        this.notifications = notifications;
        this.settings = settings;
    }

    void record(CaseReference ref, Actor actor, RapidReviewRecord given) {
        int version = records.of(ref).size() + 1;
        records.add(given);
        trail.append(ref, actor, TrailAction.RAPID_REVIEW_RECORDED, "version " + version + "; the partners' decision: "
                + given.decisionInWords());
    }

    /** Keeps one partner's answer on the latest version; true while no partner has refused that version. */
    boolean answer(CaseReference ref, Actor actor, Role partner, boolean approved, String reason) {
        RapidReviewRecord latest = latest(ref);
        records.approval(ref.value(), new PartnerApproval(latest.id(), partner, approved, approved ? null : reason,
                actor.userId(), clock.instant()));
        trail.append(ref, actor, approved ? TrailAction.RAPID_REVIEW_APPROVED : TrailAction.RAPID_REVIEW_NOT_APPROVED,
                (approved ? "approved by the " : "not approved by the ") + partner.label());
        return records.approvals(ref).stream().filter(a -> a.rapidReviewId() == latest.id()).allMatch(PartnerApproval::approved);
    }

    /**
     * The latest version, approved by the three partners, goes to the national panel: its PDF is kept with the case and
     * attached to the notice. Returns when it was sent.
     */
    Instant send(CaseReference ref, Incident incident) {
        RapidReviewRecord latest = latest(ref);
        SettingsVersion board = settings.current();
        List<PartnerApproval> approvals = approvalsOf(ref, latest);
        byte[] rendered = pdf.render(content.of(ref, board.boardName(), incident, latest, approvals));
        StoredDocument stored = documents.store(ref.value(), DocumentKind.RAPID_REVIEW, "rapid-review-" + ref.value() + "-v"
                + records.of(ref).size() + ".pdf", rendered, Actor.SYSTEM.userId());
        Instant now = clock.instant();
        records.sent(latest.id(), now, stored.id());
        notifications.queue(ref, NotificationKind.RAPID_REVIEW_TO_PANEL, board.nationalPanelAddress(),
                "Rapid review: case " + ref,
                "The safeguarding partners of " + board.boardName() + " send the rapid review of case " + ref
                        + ", attached.\n\nTheir decision: " + latest.decisionInWords() + ".\n\nThe three safeguarding partners "
                        + "approved it; the last on " + GovDates.day(lastApproval(approvals)) + ".", null);
        trail.append(ref, Actor.SYSTEM, TrailAction.RAPID_REVIEW_SENT_TO_PANEL, stored.fileName() + "; the partners' decision: "
                + latest.decisionInWords());
        return now;
    }

    /** Keeps the panel's response to the version sent; what follows from it. */
    PanelOutcome panelResponse(CaseReference ref, Actor actor, LocalDate receivedOn, PanelAnswer answer, String words) {
        RapidReviewRecord sent = latest(ref);
        records.response(ref.value(), new PanelResponse(sent.id(), receivedOn, answer, words, actor.userId(), clock.instant()));
        trail.append(ref, actor, TrailAction.PANEL_RESPONSE_RECORDED, answer.label() + ", received " + GovDates.day(receivedOn));
        if (answer == PanelAnswer.MORE_INFORMATION) {
            return PanelOutcome.MORE_ASKED;
        }
        if (!sent.commissionsLocalReview()) {
            return new PanelOutcome(false, false, null);
        }
        LocalDate decided = lastApproval(approvalsOf(ref, sent)).atZone(GovDates.UK).toLocalDate();
        trail.append(ref, Actor.SYSTEM, TrailAction.REVIEW_COMMISSIONED, "local child safeguarding practice review, "
                + "decided by the safeguarding partners on " + GovDates.day(decided));
        return new PanelOutcome(false, true, decided);
    }

    /** What the panel's response means for the process: ask again, or end with or without a local review. */
    record PanelOutcome(boolean moreAsked, boolean localReview, LocalDate decisionToInitiate) {

        static final PanelOutcome MORE_ASKED = new PanelOutcome(true, false, null);
    }

    /** The incident's dates, as the notification recorded them: ISO text from the process, either may be missing. */
    record Incident(LocalDate awareOn, LocalDate panelNotifiedOn, Instant due) {}

    private RapidReviewRecord latest(CaseReference ref) {
        return records.latest(ref).orElseThrow(() -> new IllegalStateException("No rapid review recorded on " + ref));
    }

    private List<PartnerApproval> approvalsOf(CaseReference ref, RapidReviewRecord version) {
        return records.approvals(ref).stream().filter(a -> a.rapidReviewId() == version.id()).toList();
    }

    private static Instant lastApproval(List<PartnerApproval> approvals) {
        return approvals.stream().map(PartnerApproval::decidedAt).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("A rapid review without the partners' approvals"));
    }
}
