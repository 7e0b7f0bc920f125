package org.practicereview.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.publication.PublicationRecords.Briefings;
import org.practicereview.publication.PublicationRecords.Findings;
import org.practicereview.publication.PublicationRecords.PublicationPacks;
import org.practicereview.referral.CaseDetails;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.review.CaseReviews;
import org.practicereview.shared.ReviewType;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.DeadlineClock;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps the publication process runs on a pack: prepare, revise, check, brief, notify, decide,
 * publish. Each joins the caller's transaction (the task completion or the engine's job), so a step
 * and its trail entry commit together. Trail details name fields and counts, never the texts.
 */
@Service
@Transactional
class PublicationSteps {

    private final PublicationPacks packs;
    private final Findings findings;
    private final Briefings briefings;
    /** Provided by the referral module; looked up when a check runs, so the context starts without it. */
    private final ObjectProvider<CaseDetails> caseDetails;
    private final Trail trail;
    private final WorkingDays workingDays;
    private final PublicationNotices notices;
    private final BriefingContent content;
    private final Clock clock;
    private final BriefingFiles briefingFiles;
    private final CaseDocuments documents;
    private final BoardSettings settings;

    /** A local review is published no sooner than 7 working days after its report reached the panel (reg. 16). */
    static final int LOCAL_REVIEW_REPORT_WORKING_DAYS = 7;

    private final CaseReviews reviews;
    private final ApplicationEventPublisher events;

    PublicationSteps(PublicationPacks packs, Findings findings, Briefings briefings, ObjectProvider<CaseDetails> caseDetails, Trail trail,
                     WorkingDays workingDays, PublicationNotices notices, ObjectMapper json, Clock clock,
                     BriefingFiles briefingFiles, CaseDocuments documents, BoardSettings settings, CaseReviews reviews,
                     ApplicationEventPublisher events) {
        this.events = events;
        this.reviews = reviews;
        this.settings = settings;
        this.briefingFiles = briefingFiles;
        this.documents = documents;
        this.packs = packs;
        this.findings = findings;
        this.briefings = briefings;
        this.caseDetails = caseDetails;
        this.trail = trail;
        this.workingDays = workingDays;
        this.notices = notices;
        this.content = new BriefingContent(json);
        this.clock = clock;
    }

    void prepare(CaseReference ref, ReviewType type, Map<String, String> given, boolean proceedingsOpen,
                 String summaryOnlyReason, LocalDate reportSentOn) {
        Map<String, String> texts = new java.util.LinkedHashMap<>(given);
        reviews.boardResponse(ref).ifPresent(response -> texts.put(PackFields.BOARD_RESPONSE, response));
        PublicationPack pack = packs.findByCaseReference(ref.value()).map(p -> {
            p.prepareAgain(type, texts, proceedingsOpen, summaryOnlyReason);
            return p;
        }).orElseGet(() -> packs.save(PublicationPack.prepare(ref, type, texts, proceedingsOpen, summaryOnlyReason)));
        pack.reportSent(reportSentOn);
    }

    /** Publication is held for parallel proceedings: the date the business unit checks again, in the trail. */
    void proceedingsCheckDateSet(CaseReference ref, Actor actor, Date checkBy) {
        trail.append(ref, actor, TrailAction.PROCEEDINGS_CHECK_DATE_SET, "publication held; check again on "
                + GovDates.day(checkBy.toInstant()));
    }

    /** The date to check on parallel proceedings came: ask the business unit whether they have concluded. */
    void askWhetherProceedingsConcluded(CaseReference ref) {
        String subject = "Publication held: have the parallel proceedings of case " + ref + " concluded?";
        notices.proceedingsCheck(ref, subject, "Publication of the review of case " + ref + " is held while parallel "
                + "proceedings (a trial or an inquest) are open, and today is the date set to check on them.\n\n"
                + "If they have concluded, record it on the case page (Record that parallel proceedings have concluded) "
                + "and publication goes on. If not, nothing changes until you record it.");
        trail.append(ref, Actor.SYSTEM, TrailAction.PROCEEDINGS_CHECK_DUE, "business unit asked whether proceedings have concluded");
    }

    void revise(CaseReference ref, Map<String, String> changes) {
        packOf(ref).revise(changes);
    }

    /**
     * Scans every text of the pack, uploaded reports included; keeps each finding masked; returns how
     * many remain. Findings the chair overrode after the last check are kept but no longer count.
     */
    int check(CaseReference ref) {
        PublicationPack pack = packOf(ref);
        AnonymisationScanner scanner = new AnonymisationScanner(caseDetails.getObject().identifyingDetails(ref));
        List<Finding> found = scanner.scan(PackTexts.of(pack, documents));
        Set<Finding> overridden = pack.findingsOverridden()
                ? findings.findByCaseReferenceAndCheckRoundOrderById(ref.value(), pack.checkRounds()).stream()
                        .map(RecordedFinding::finding).collect(Collectors.toSet())
                : Set.of();
        long remaining = found.stream().filter(f -> !overridden.contains(f)).count();
        Instant now = now();
        int round = pack.checked((int) remaining, now);
        found.forEach(f -> findings.save(new RecordedFinding(ref.value(), round, f, now)));
        trail.append(ref, Actor.SYSTEM, TrailAction.ANONYMISATION_CHECKED, "round " + round + ": " + found.size() + " finding(s)"
                + (overridden.isEmpty() ? "" : ", " + (found.size() - remaining) + " overridden by the chair")
                + found.stream().map(f -> f.field() + " " + f.kind()).distinct().collect(Collectors.joining(", ", " [", "]")));
        return (int) remaining;
    }

    /** The chair publishes despite the open findings, for the reason given (kept in the trail). */
    void overrideFindings(CaseReference ref, Actor chair, String reason) {
        PublicationPack pack = packOf(ref);
        pack.overrideFindings(chair.userId(), reason);
        trail.append(ref, chair, TrailAction.ANONYMISATION_OVERRIDDEN, "round " + pack.checkRounds() + ": " + reason.strip());
    }

    /** Whether the pack may be checked again without a changed text: overridden, or a report uploaded since. */
    boolean mayRecheckUnchanged(CaseReference ref) {
        PublicationPack pack = packOf(ref);
        if (pack.findingsOverridden()) {
            return true;
        }
        Instant checked = pack.lastCheckedAt().orElse(Instant.MIN);
        return ReportUploads.KINDS.stream().anyMatch(kind -> documents.latest(ref.value(), kind)
                .filter(d -> d.createdAt().isAfter(checked)).isPresent());
    }

    int generateBriefing(CaseReference ref) {
        PublicationPack pack = packOf(ref);
        int version = pack.briefingGenerated();
        Instant now = now();
        BriefingVersion frozen = briefings.save(new BriefingVersion(ref.value(), version, now, content.snapshot(pack)));
        briefingFiles.store(frozen, null, Actor.SYSTEM.userId());
        trail.append(ref, Actor.SYSTEM, TrailAction.BRIEFING_GENERATED, "version " + version);
        return version;
    }

    /**
     * Tells the national panel and Ofsted; returns the earliest moment of publication, the notice
     * period of the board's settings in force now (recorded with the case).
     */
    Date sendPrePublicationNotice(CaseReference ref) {
        PublicationPack pack = packOf(ref);
        Date notBefore = notBefore(workingDays.dueIn(settings.clockStarted(ref, DeadlineClock.NOTICE_PERIOD)
                .noticePeriodWorkingDays()), pack.reportSentOn(), workingDays);
        pack.noticeSent(notBefore.toInstant());
        notices.prePublication(ref, BriefingContent.title(pack.reviewType(), pack.pseudonym()), notBefore.toInstant());
        trail.append(ref, Actor.SYSTEM, TrailAction.PRE_PUBLICATION_NOTICE_SENT,
                "publication possible from " + GovDates.time(notBefore.toInstant()) + pack.reportSentOn().map(sent ->
                        "; final report sent to the national panel and the Secretary of State on " + GovDates.day(sent)
                        + " (publication at least " + LOCAL_REVIEW_REPORT_WORKING_DAYS + " working days after)").orElse(""));
        return notBefore;
    }

    /**
     * The earliest moment of publication: the end of the notice period, or for a local review, if later, the end
     * of the seventh working day after its final report went to the national panel and the Secretary of State.
     */
    static Date notBefore(Date noticeEnds, Optional<LocalDate> reportSentOn, WorkingDays workingDays) {
        return reportSentOn.map(sent -> workingDays.endOfDay(workingDays.addWorkingDays(sent, LOCAL_REVIEW_REPORT_WORKING_DAYS)))
                .filter(afterReport -> afterReport.after(noticeEnds)).orElse(noticeEnds);
    }

    void decide(CaseReference ref, Actor chair, boolean approved, String comments) {
        PublicationPack pack = packOf(ref);
        if (approved) {
            pack.approve(chair.userId(), comments, now(), reportUploaded(ref));
        } else {
            pack.returnForChanges(chair.userId(), comments);
        }
    }

    /** Refuses, with the reason in words, an approval the pack cannot take yet; changes nothing. */
    void checkMayApprove(CaseReference ref) {
        packOf(ref).checkMayApprove(now(), reportUploaded(ref));
    }

    private boolean reportUploaded(CaseReference ref) {
        return documents.listOf(ref.value()).stream().anyMatch(d -> d.kind() == DocumentKind.FINAL_REPORT);
    }

    void publish(CaseReference ref) {
        PublicationPack pack = packOf(ref);
        Instant now = now();
        pack.publish(now);
        briefings.findFirstByCaseReferenceOrderByVersionNumberDesc(ref.value())
                .ifPresent(v -> briefingFiles.store(v, now, Actor.SYSTEM.userId()));
        if (pack.summaryOnlyReason().isPresent()) {
            documents.publishExcept(ref.value(), DocumentKind.FINAL_REPORT);
        } else {
            documents.publish(ref.value());
        }
        String title = BriefingContent.title(pack.reviewType(), pack.pseudonym());
        notices.published(ref, title);
        trail.append(ref, Actor.SYSTEM, TrailAction.REVIEW_PUBLISHED, BriefingContent.monthYear(now));
        events.publishEvent(new ReviewPublished(ref, title, now));
    }

    void proceedingsConcluded(CaseReference ref, Actor actor) {
        packOf(ref).proceedingsConcluded();
        trail.append(ref, actor, TrailAction.PROCEEDINGS_CONCLUDED, "publication hold released");
    }

    PublicationPack packOf(CaseReference ref) {
        return packs.findByCaseReference(ref.value())
                .orElseThrow(() -> new IllegalStateException("No publication pack for " + ref));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
