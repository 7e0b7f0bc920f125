package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Stage;
import org.springframework.data.domain.Persistable;

/**
 * The case a referral opens: its reference and where it stands. The process moves it on. Its id is
 * the reference, given not generated, so it says itself whether it is new: otherwise saving a new
 * one would first look for it in the database (a merge) on every referral.
 */
@Entity
@Table(name = "case_file")
public class CaseFile implements Persistable<String> {

    private static final Set<Stage> FINISHED = EnumSet.of(Stage.MERGED, Stage.CLOSED, Stage.PUBLISHED);

    @Id
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;
    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Regime regime;
    @Column(name = "merged_into")
    private String mergedInto;
    @Transient
    private boolean unsaved;

    protected CaseFile() {}

    /** A new serious case review, waiting for triage. */
    public static CaseFile open(CaseReference reference, Purpose purpose, Instant at) {
        return open(reference, purpose, Regime.SCR_2006, at);
    }

    /** A new case following {@code regime}, waiting for triage; the regime never changes after. */
    public static CaseFile open(CaseReference reference, Purpose purpose, Regime regime, Instant at) {
        CaseFile c = new CaseFile();
        c.regime = regime;
        c.reference = reference.value();
        c.purpose = purpose;
        c.createdAt = at;
        c.stage = Stage.TRIAGE;
        c.stageChangedAt = at;
        c.unsaved = true;
        return c;
    }

    /** The process reached a step of {@code stage}; repeating the current stage changes nothing. */
    public void reach(Stage next, Instant at) {
        if (next != stage) {
            stage = next;
            stageChangedAt = at;
        }
    }

    /** This case duplicates {@code target}, an open case about the same incident, and ends here. */
    public void mergeInto(CaseFile target, Instant at) {
        Guard.holds(!target.reference.equals(reference), "A case cannot be merged into itself");
        Guard.holds(target.isOpen(), "A case can be merged only into an open case");
        Guard.holds(isOpen(), "This case is already finished");
        mergedInto = target.reference;
        reach(Stage.MERGED, at);
    }

    /** Still being worked on: not merged, closed or published. */
    public boolean isOpen() {
        return !FINISHED.contains(stage);
    }

    @PostLoad
    @PostPersist
    void stored() {
        unsaved = false;
    }

    @Override
    public String getId() { return reference; }

    @Override
    public boolean isNew() { return unsaved; }

    public CaseReference reference() { return new CaseReference(reference); }
    public Stage stage() { return stage; }
    public Instant stageChangedAt() { return stageChangedAt; }
    public Instant createdAt() { return createdAt; }
    public Purpose purpose() { return purpose; }
    public Regime regime() { return regime; }
    public CaseReference mergedInto() { return mergedInto == null ? null : new CaseReference(mergedInto); }
}
