package org.practicereview.referral.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.shared.CaseReference;

/**
 * A submitted referral: the aggregate of what the referrer said about the children, family, agencies
 * and circumstances. Written once, when it is submitted; later information arrives as submissions.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;
    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;
    @Embedded
    private Referrer referrer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Embedded
    private Circumstances circumstances;
    @ElementCollection
    @CollectionTable(name = "referral_child", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "item_index")
    private List<Child> children = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "referral_family_member", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "item_index")
    private List<FamilyMember> familyMembers = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "referral_agency", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "item_index")
    private List<AgencyInvolvement> agenciesInvolved = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "referral_parallel_process", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "item_index")
    private List<ParallelProcess> parallelProcesses = new ArrayList<>();

    protected Referral() {}

    /** A referral as submitted by {@code submittedBy} (a user id) for the case it opens. */
    public static Referral submit(CaseReference caseReference, String submittedBy, Instant at, ReferralContent content) {
        Referral r = new Referral();
        r.caseReference = Objects.requireNonNull(caseReference, "caseReference").value();
        r.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        r.submittedAt = Objects.requireNonNull(at, "at");
        r.referrer = Objects.requireNonNull(content.referrer(), "referrer");
        r.purpose = Objects.requireNonNull(content.purpose(), "purpose");
        r.circumstances = Objects.requireNonNull(content.circumstances(), "circumstances");
        r.children.addAll(content.children());
        r.familyMembers.addAll(content.familyMembers());
        r.agenciesInvolved.addAll(content.agenciesInvolved());
        r.parallelProcesses.addAll(content.parallelProcesses());
        r.checkInvariants();
        return r;
    }

    private void checkInvariants() {
        Guard.holds(!children.isEmpty(), "A referral is about at least one child");
        Guard.holds(distinct(agenciesInvolved.stream().map(AgencyInvolvement::agencyCode).toList()),
                "An agency can be named only once among the agencies involved");
        Guard.holds(distinct(parallelProcesses.stream().map(ParallelProcess::kind).toList()),
                "Each kind of parallel process can be named only once");
    }

    private static boolean distinct(List<?> items) {
        return new LinkedHashSet<>(items).size() == items.size();
    }

    public CaseReference caseReference() { return new CaseReference(caseReference); }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public Referrer referrer() { return referrer; }
    public Purpose purpose() { return purpose; }
    public Circumstances circumstances() { return circumstances; }
    public List<Child> children() { return List.copyOf(children); }
    public List<FamilyMember> familyMembers() { return List.copyOf(familyMembers); }
    public List<AgencyInvolvement> agenciesInvolved() { return List.copyOf(agenciesInvolved); }
    public List<ParallelProcess> parallelProcesses() { return List.copyOf(parallelProcesses); }

    public Set<String> agencyCodes() {
        return agenciesInvolved.stream().map(AgencyInvolvement::agencyCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** True when any parallel process (trial, inquest, ...) is still running. */
    public boolean parallelProceedingsOpen() {
        return parallelProcesses.stream().anyMatch(ParallelProcess::open);
    }

    public boolean anyChildDied() {
        return children.stream().anyMatch(Child::died);
    }

    /** A line for the trail: counts and codes only, never names. */
    public String summary() {
        return "purpose=" + purpose + " children=" + children.size() + " familyMembers=" + familyMembers.size()
                + " agencies=" + agenciesInvolved.size();
    }
}
