package org.practicereview.review;

import org.practicereview.shared.AgencyWithdrawal;
import org.practicereview.shared.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;

/**
 * A commissioned review of one case, from its terms of reference to its agreed action plan. Every
 * change goes through a method that checks the review has reached the right point: a draft needs an
 * appointed lead reviewer, quality assurance needs a draft, sign-off needs an accepted SCR report,
 * and the action plan needs sign-off (SCR) or an accepted report (lighter review types).
 */
@Entity
@Table(name = "review")
public class Review {

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
    private ReviewStatus status;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "target_due")
    private Instant targetDue;
    @Column(name = "decision_to_initiate_on")
    private LocalDate decisionToInitiateOn;
    @Embedded
    private TermsOfReference terms;
    @Column(name = "lead_reviewer")
    private String leadReviewer;
    @ElementCollection
    @CollectionTable(name = "review_further_reviewer", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "username", nullable = false)
    private List<String> furtherReviewers = new ArrayList<>();
    @Embedded
    private FamilyInvolvement familyInvolvement;
    @Embedded
    private BoardSignOff signOff;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "review_id", nullable = false)
    @OrderBy("submittedAt")
    private List<AgencyReport> agencyReports = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_report_withdrawal", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<AgencyWithdrawal> reportWithdrawals = new ArrayList<>();
    @Column(name = "report_round_closed_at")
    private Instant reportRoundClosedAt;
    @Column(name = "report_round_closed_by")
    private String reportRoundClosedBy;
    @Column(name = "report_round_close_reason")
    private String reportRoundCloseReason;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "review_id", nullable = false)
    @OrderBy("versionNumber")
    private List<ReportDraft> drafts = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "review_id", nullable = false)
    @OrderBy("roundNumber")
    private List<QaRound> qaRounds = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "review_id", nullable = false)
    @OrderBy("itemNumber")
    private List<ActionPlanItem> actionPlan = new ArrayList<>();

    protected Review() {}

    /** A review begins when its terms of reference are agreed. */
    static Review begin(CaseReference caseReference, ReviewType type, TermsOfReference terms, Instant at) {
        Review review = new Review();
        review.caseReference = caseReference.value();
        review.reviewType = type;
        review.terms = terms;
        review.status = ReviewStatus.TERMS_AGREED;
        review.startedAt = at;
        return review;
    }

    /** The six-month target the review's clock counts to, and the partners' decision a local review counts from. */
    void keepTarget(Instant due, LocalDate decisionToInitiate) {
        targetDue = due;
        decisionToInitiateOn = decisionToInitiate;
    }

    void appointLeadReviewer(String userId) {
        require(status == ReviewStatus.TERMS_AGREED || status == ReviewStatus.REVIEWER_APPOINTED,
                "A lead reviewer is appointed before the first draft");
        leadReviewer = requireText(userId, "A lead reviewer must be named");
        status = ReviewStatus.REVIEWER_APPOINTED;
    }

    /** A local child safeguarding practice review may have reviewers beside its lead reviewer. */
    void appointFurtherReviewers(List<String> userIds) {
        require(userIds.isEmpty() || reviewType == ReviewType.LCSPR,
                "Only a local child safeguarding practice review has further reviewers");
        require(leadReviewer != null && !userIds.contains(leadReviewer), "The lead reviewer is not also a further reviewer");
        require(userIds.stream().distinct().count() == userIds.size(), "A further reviewer is named once");
        furtherReviewers.clear();
        furtherReviewers.addAll(userIds);
    }

    /** The chair puts another reviewer in charge before the review is complete. */
    void replaceLeadReviewer(String userId) {
        require(leadReviewer != null, "A lead reviewer is replaced once one is appointed");
        require(status != ReviewStatus.COMPLETED, "A completed review keeps its lead reviewer");
        leadReviewer = requireText(userId, "A lead reviewer must be named");
        furtherReviewers.remove(userId);
    }

    void recordAgencyReport(String agencyCode, AgencyReport.Contents contents, String by, Instant at) {
        require(reviewType.fullPath(), "Only an SCR or a local review asks agencies for reports");
        require(leadReviewer != null, "Agency reports follow the lead reviewer's appointment");
        require(agencyReport(agencyCode).isEmpty(), "This agency has already submitted its report");
        require(!reportWithdrawn(agencyCode), "This agency's report was withdrawn");
        require(reportRoundClosedAt == null, "The agency report round is closed");
        agencyReports.add(new AgencyReport(agencyCode, contents, by, at));
    }

    /** The coordinator stops waiting for one agency's report; the review goes on without it. */
    void withdrawAgencyReport(String agencyCode, String reason, String by, Instant at) {
        require(reviewType.fullPath(), "Only an SCR or a local review asks agencies for reports");
        require(reportRoundClosedAt == null, "The agency report round is closed");
        require(agencyReport(agencyCode).isEmpty(), "This agency has already submitted its report");
        require(!reportWithdrawn(agencyCode), "This agency's report was already withdrawn");
        reportWithdrawals.add(new AgencyWithdrawal(agencyCode, requireText(reason, "A withdrawal needs a reason"), by, at));
    }

    /** The coordinator stops waiting for every agency report still outstanding. */
    void closeReportRound(String reason, String by, Instant at) {
        require(reviewType.fullPath(), "Only an SCR or a local review asks agencies for reports");
        require(leadReviewer != null, "Agency reports follow the lead reviewer's appointment");
        require(reportRoundClosedAt == null, "The agency report round is already closed");
        reportRoundCloseReason = requireText(reason, "Closing the round needs a reason");
        reportRoundClosedBy = by;
        reportRoundClosedAt = at;
    }

    private boolean reportWithdrawn(String agencyCode) {
        return reportWithdrawals.stream().anyMatch(w -> w.agencyCode().equals(agencyCode));
    }

    void recordFamilyInvolvement(FamilyInvolvement involvement) {
        require(Boolean.TRUE.equals(terms.familyInvolvementPlanned()), "The terms of reference do not involve the family");
        require(familyInvolvement == null, "Family involvement is already recorded");
        familyInvolvement = involvement;
    }

    /** The lead reviewer submits a new version; after a return, they must say what changed. */
    int submitDraft(String summaryOfFindings, String changesSinceLastVersion, String by, Instant at) {
        require(status == ReviewStatus.REVIEWER_APPOINTED || status == ReviewStatus.RETURNED_FOR_REVISION,
                "A draft is submitted once the lead reviewer is appointed, or after a return");
        require(by.equals(leadReviewer), "Only the appointed lead reviewer submits drafts");
        if (status == ReviewStatus.RETURNED_FOR_REVISION) {
            requireText(changesSinceLastVersion, "Say what changed since the returned version");
        }
        int number = drafts.size() + 1;
        drafts.add(new ReportDraft(number, requireText(summaryOfFindings, "A draft needs its findings"),
                changesSinceLastVersion, by, at));
        status = ReviewStatus.IN_QUALITY_ASSURANCE;
        return number;
    }

    void accept(String comments, String by, Instant at) {
        assure(QaOutcome.ACCEPTED, comments, by, at);
        status = ReviewStatus.REPORT_ACCEPTED;
    }

    void returnForRevision(String comments, String by, Instant at) {
        assure(QaOutcome.RETURNED, requireText(comments, "A returned report needs comments"), by, at);
        status = ReviewStatus.RETURNED_FOR_REVISION;
    }

    private void assure(QaOutcome outcome, String comments, String by, Instant at) {
        require(status == ReviewStatus.IN_QUALITY_ASSURANCE, "There is no draft waiting for quality assurance");
        qaRounds.add(new QaRound(qaRounds.size() + 1, currentDraft().orElseThrow().versionNumber(), outcome,
                comments, by, at));
    }

    void signOff(BoardSignOff signOff) {
        require(reviewType.fullPath(), "Only an SCR or a local review is signed off");
        require(status == ReviewStatus.REPORT_ACCEPTED, "The board signs off an accepted report");
        requireText(signOff.boardResponse(), "The board's written response is required");
        this.signOff = signOff;
        status = ReviewStatus.SIGNED_OFF;
    }

    /** Agreeing the action plan completes the review. */
    void agreeActionPlan(List<ActionPlanItem.Proposal> items, Instant at) {
        ReviewStatus ready = reviewType.fullPath() ? ReviewStatus.SIGNED_OFF : ReviewStatus.REPORT_ACCEPTED;
        require(status == ready, "The action plan follows " + (reviewType.fullPath() ? "board sign-off" : "an accepted report"));
        require(!items.isEmpty(), "An action plan has at least one recommendation");
        for (ActionPlanItem.Proposal item : items) {
            actionPlan.add(new ActionPlanItem(actionPlan.size() + 1, item));
        }
        status = ReviewStatus.COMPLETED;
        completedAt = at;
    }

    /** One item of the agreed plan, to record its progress. */
    ActionPlanItem action(int itemNumber) {
        return actionPlan.stream().filter(i -> i.itemNumber() == itemNumber).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No action " + itemNumber + " in the plan"));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BusinessRuleException(message);
        }
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text;
    }

    public Optional<ReportDraft> currentDraft() {
        return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts.get(drafts.size() - 1));
    }

    public Optional<AgencyReport> agencyReport(String agencyCode) {
        return agencyReports.stream().filter(r -> r.agencyCode().equals(agencyCode)).findFirst();
    }

    public CaseReference caseReference() { return new CaseReference(caseReference); }
    public ReviewType reviewType() { return reviewType; }
    public ReviewStatus status() { return status; }
    public Instant startedAt() { return startedAt; }
    public Optional<Instant> completedAt() { return Optional.ofNullable(completedAt); }
    public Optional<Instant> targetDue() { return Optional.ofNullable(targetDue); }
    public Optional<LocalDate> decisionToInitiateOn() { return Optional.ofNullable(decisionToInitiateOn); }
    public TermsOfReference terms() { return terms; }
    public Optional<String> leadReviewer() { return Optional.ofNullable(leadReviewer); }
    public List<String> furtherReviewers() { return List.copyOf(furtherReviewers); }
    public Optional<FamilyInvolvement> familyInvolvement() { return Optional.ofNullable(familyInvolvement); }
    public Optional<BoardSignOff> signOff() { return Optional.ofNullable(signOff); }
    public List<AgencyReport> agencyReports() { return List.copyOf(agencyReports); }
    public List<AgencyWithdrawal> reportWithdrawals() { return List.copyOf(reportWithdrawals); }
    public Optional<Instant> reportRoundClosedAt() { return Optional.ofNullable(reportRoundClosedAt); }
    public String reportRoundClosedBy() { return reportRoundClosedBy; }
    public String reportRoundCloseReason() { return reportRoundCloseReason; }
    public List<ReportDraft> drafts() { return List.copyOf(drafts); }
    public List<QaRound> qaRounds() { return List.copyOf(qaRounds); }
    public List<ActionPlanItem> actionPlan() { return List.copyOf(actionPlan); }
}
