package org.practicereview.publication;

import org.practicereview.shared.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.ReviewType;

/**
 * The anonymised publication pack of one case: the texts of the report's public parts by field key
 * (see {@link PackFields}), and the steps it has passed. The methods refuse any step out of order,
 * so a pack cannot be briefed before it is cleared, noticed while proceedings are open, or published
 * before the chair approves it.
 */
@Entity
@Table(name = "publication_pack")
public class PublicationPack {

    private static final Set<PackStatus> PREPARABLE = EnumSet.of(PackStatus.DRAFT, PackStatus.RETURNED);
    static final String NO_REPORT = "You cannot approve publication: the final report has not been uploaded and no decision"
            + " to publish a summary only has been recorded. Select No and say so in your comments: the pack goes back to"
            + " the business unit to upload the report or record why only a summary is published.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    @Column(name = "row_version", nullable = false)
    private int version;
    @Column(name = "case_reference", nullable = false, unique = true)
    private String caseReference;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_type", nullable = false)
    private ReviewType reviewType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PackStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_pack_text", joinColumns = @JoinColumn(name = "pack_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "text_value", length = 20000, nullable = false)
    private Map<String, String> texts = new HashMap<>();
    @Column(name = "proceedings_open", nullable = false)
    private boolean proceedingsOpen;
    @Column(name = "check_rounds", nullable = false)
    private int checkRounds;
    @Column(name = "briefing_version", nullable = false)
    private int briefingVersion;
    @Column(name = "publish_not_before")
    private Instant publishNotBefore;
    @Column(name = "decision_comments", length = 5000)
    private String decisionComments;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "override_reason", length = 2000)
    private String overrideReason;
    @Column(name = "overridden_by")
    private String overriddenBy;
    @Column(name = "overridden_round", nullable = false)
    private int overriddenRound;
    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;
    @Column(name = "summary_only_reason", length = 2000)
    private String summaryOnlyReason;
    @Column(name = "report_sent_on")
    private LocalDate reportSentOn;

    protected PublicationPack() {}

    /** {@code summaryOnlyReason}: why only a summary is published, or null when the full report is. */
    static PublicationPack prepare(CaseReference caseReference, ReviewType type, Map<String, String> texts,
                                   boolean proceedingsOpen, String summaryOnlyReason) {
        PublicationPack pack = new PublicationPack();
        pack.caseReference = caseReference.value();
        pack.status = PackStatus.DRAFT;
        pack.prepareAgain(type, texts, proceedingsOpen, summaryOnlyReason);
        return pack;
    }

    /**
     * The day a local review's final report went to the national panel and the Secretary of State, without which
     * a local review is not published; none for the other review types.
     */
    void reportSent(LocalDate on) {
        require(on != null || reviewType != ReviewType.LCSPR, "Enter the date the final report was sent to the national"
                + " panel and the Secretary of State");
        reportSentOn = reviewType == ReviewType.LCSPR ? on : null;
    }

    /** The whole pack again, after the chair returned it. */
    void prepareAgain(ReviewType type, Map<String, String> texts, boolean proceedingsOpen, String summaryOnlyReason) {
        require(PREPARABLE.contains(status), "The pack can be prepared only before its check, or after a return");
        require(summaryOnlyReason == null || !summaryOnlyReason.isBlank(), "Enter why only a summary is published");
        this.reviewType = type;
        this.texts.clear();
        this.texts.putAll(texts);
        this.proceedingsOpen = proceedingsOpen;
        this.summaryOnlyReason = summaryOnlyReason == null ? null : summaryOnlyReason.strip();
        this.status = PackStatus.DRAFT;
    }

    /** The coordinator's changes after findings: only the fields given change. */
    void revise(Map<String, String> changes) {
        require(status == PackStatus.FINDINGS_OPEN, "The pack is revised only to resolve findings");
        require(changes.keySet().stream().allMatch(PackFields.TEXTS::contains), "Unknown pack field");
        texts.putAll(changes);
        status = PackStatus.DRAFT;
    }

    /** Records the outcome of a check (findings not covered by the chair's override); returns its round number. */
    int checked(int findings, Instant at) {
        require(status == PackStatus.DRAFT, "Only a prepared or revised pack is checked");
        lastCheckedAt = at;
        checkRounds++;
        status = findings > 0 ? PackStatus.FINDINGS_OPEN : PackStatus.CLEARED;
        return checkRounds;
    }

    /**
     * The chair accepts the findings of the last check as they stand: the next check passes if it finds
     * nothing else. Only the findings of this round are covered; a new one needs a new override.
     */
    void overrideFindings(String by, String reason) {
        require(status == PackStatus.FINDINGS_OPEN, "Only open findings can be overridden");
        require(reason != null && !reason.isBlank(), "Give the reason for publishing despite the findings");
        overrideReason = reason.strip();
        overriddenBy = by;
        overriddenRound = checkRounds;
    }

    /** Whether the chair has overridden the findings of the last check. */
    boolean findingsOverridden() {
        return overriddenRound > 0 && overriddenRound == checkRounds;
    }

    /** Returns the new briefing version number. */
    int briefingGenerated() {
        require(status == PackStatus.CLEARED, "A briefing is generated only from a cleared pack");
        status = PackStatus.BRIEFING_READY;
        return ++briefingVersion;
    }

    void proceedingsConcluded() {
        require(proceedingsOpen, "No parallel proceedings are holding this publication");
        proceedingsOpen = false;
    }

    void noticeSent(Instant notBefore) {
        require(status == PackStatus.BRIEFING_READY, "The notice follows the briefing");
        require(!proceedingsOpen, "The notice waits until parallel proceedings have concluded");
        publishNotBefore = notBefore;
        status = PackStatus.NOTICE_SENT;
    }

    /** {@code reportUploaded}: whether the final report is among the case's documents. */
    void approve(String by, String comments, Instant at, boolean reportUploaded) {
        checkMayApprove(at, reportUploaded);
        decide(by, comments);
        status = PackStatus.APPROVED;
    }

    /** Refuses an approval made before the notice period is over, or of a pack with neither report nor summary-only decision. */
    void checkMayApprove(Instant at, boolean reportUploaded) {
        require(status == PackStatus.NOTICE_SENT, "Publication is approved after the pre-publication notice");
        require(publishNotBefore == null || !at.isBefore(publishNotBefore), "You can approve publication from "
                + GovDates.time(publishNotBefore));
        require(reportUploaded || summaryOnlyReason != null, NO_REPORT);
    }

    void returnForChanges(String by, String comments) {
        require(status == PackStatus.NOTICE_SENT, "The chair returns the pack after the pre-publication notice");
        require(comments != null && !comments.isBlank(), "Say what must change");
        decide(by, comments);
        status = PackStatus.RETURNED;
    }

    private void decide(String by, String comments) {
        decidedBy = by;
        decisionComments = comments;
    }

    void publish(Instant at) {
        require(status == PackStatus.APPROVED, "Only an approved pack is published");
        require(publishNotBefore == null || !at.isBefore(publishNotBefore), "The review can be published from "
                + GovDates.time(publishNotBefore));
        publishedAt = at;
        status = PackStatus.PUBLISHED;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BusinessRuleException(message);
        }
    }

    public CaseReference caseReference() { return new CaseReference(caseReference); }
    public ReviewType reviewType() { return reviewType; }
    public PackStatus status() { return status; }
    public Map<String, String> texts() { return Collections.unmodifiableMap(texts); }
    public String text(String key) { return texts.get(key); }
    public String pseudonym() { return texts.get(PackFields.PSEUDONYM); }
    public boolean proceedingsOpen() { return proceedingsOpen; }
    public int checkRounds() { return checkRounds; }
    public int briefingVersion() { return briefingVersion; }
    public Optional<Instant> publishNotBefore() { return Optional.ofNullable(publishNotBefore); }
    public Optional<Instant> publishedAt() { return Optional.ofNullable(publishedAt); }
    public Optional<String> decisionComments() { return Optional.ofNullable(decisionComments); }
    public Optional<String> overrideReason() { return Optional.ofNullable(overrideReason); }
    /** A local review's final report went to the national panel and the Secretary of State on this day. */
    public Optional<LocalDate> reportSentOn() { return Optional.ofNullable(reportSentOn); }
    /** Why only a summary is published; empty when the full report is. */
    public Optional<String> summaryOnlyReason() { return Optional.ofNullable(summaryOnlyReason); }
    int overriddenRound() { return overriddenRound; }
    Optional<Instant> lastCheckedAt() { return Optional.ofNullable(lastCheckedAt); }
}
