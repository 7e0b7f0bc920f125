package org.practicereview.screening;

import org.practicereview.shared.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.AgencyWithdrawal;
import org.practicereview.shared.CaseReference;

/** One round of asking agencies for their summaries: which agencies, by when, and whether it was closed early. */
@Entity
@Table(name = "information_request")
class InformationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "round_number", nullable = false)
    private int roundNumber;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "information_request_agency", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "agency_code", nullable = false)
    private List<String> agencies = new ArrayList<>();
    private String note;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "closed_early_at")
    private Instant closedEarlyAt;
    @Column(name = "closed_early_by")
    private String closedEarlyBy;
    @Column(name = "close_reason")
    private String closeReason;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "information_request_withdrawal", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<AgencyWithdrawal> withdrawals = new ArrayList<>();

    protected InformationRequest() {}

    private InformationRequest(CaseReference caseReference, int roundNumber, List<String> agencies, String note,
                               Actor requestedBy, Instant requestedAt, Instant dueAt) {
        this.caseReference = caseReference.value();
        this.roundNumber = roundNumber;
        this.agencies = new ArrayList<>(agencies);
        this.note = note;
        this.requestedBy = requestedBy.userId();
        this.requestedAt = requestedAt;
        this.dueAt = dueAt;
    }

    /** Opens a round; at least one agency, each named once, due after it is asked. */
    static InformationRequest open(CaseReference caseReference, int roundNumber, List<String> agencies, String note,
                                   Actor requestedBy, Instant requestedAt, Instant dueAt) {
        if (roundNumber < 1) {
            throw new IllegalArgumentException("Rounds are numbered from 1");
        }
        if (agencies.isEmpty() || new HashSet<>(agencies).size() != agencies.size()) {
            throw new IllegalArgumentException("A round asks at least one agency, each once");
        }
        if (!dueAt.isAfter(requestedAt)) {
            throw new IllegalArgumentException("A round is due after it is requested");
        }
        return new InformationRequest(caseReference, roundNumber, agencies, note, requestedBy, requestedAt, dueAt);
    }

    /** The coordinator stops waiting for the agencies that have not answered. */
    void closeEarly(Actor by, String reason, Instant at) {
        if (isClosedEarly()) {
            throw new BusinessRuleException("This round is already closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is needed to close a round early");
        }
        this.closedEarlyAt = at;
        this.closedEarlyBy = by.userId();
        this.closeReason = reason.strip();
    }

    /** The coordinator stops waiting for one agency that has not answered; the round goes on without it. */
    void withdraw(String agencyCode, String reason, Actor by, Instant at, Collection<String> answered) {
        if (isClosedEarly()) {
            throw new IllegalStateException("This round is already closed");
        }
        if (!awaiting(answered).contains(agencyCode)) {
            throw new IllegalStateException("This agency is not awaited in this round");
        }
        withdrawals.add(new AgencyWithdrawal(agencyCode, reason, by.userId(), at));
    }

    /**
     * The agencies of this round that are neither among those that answered nor withdrawn, in the order
     * they were asked.
     */
    List<String> awaiting(Collection<String> answered) {
        List<String> withdrawn = withdrawals.stream().map(AgencyWithdrawal::agencyCode).toList();
        return agencies.stream().filter(a -> !answered.contains(a) && !withdrawn.contains(a)).toList();
    }

    List<AgencyWithdrawal> withdrawals() {
        return List.copyOf(withdrawals);
    }

    boolean asks(String agencyCode) {
        return agencies.contains(agencyCode);
    }

    boolean isClosedEarly() {
        return closedEarlyAt != null;
    }

    Long id() { return id; }
    String caseReference() { return caseReference; }
    int roundNumber() { return roundNumber; }
    List<String> agencies() { return List.copyOf(agencies); }
    String note() { return note; }
    String requestedBy() { return requestedBy; }
    Instant requestedAt() { return requestedAt; }
    Instant dueAt() { return dueAt; }
    Instant closedEarlyAt() { return closedEarlyAt; }
    String closedEarlyBy() { return closedEarlyBy; }
    String closeReason() { return closeReason; }
}
