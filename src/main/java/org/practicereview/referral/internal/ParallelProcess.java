package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Another process about the same incident (trial, inquest, ...) and whether it is still running. */
@Embeddable
public record ParallelProcess(
        @Enumerated(EnumType.STRING) @Column(name = "kind") Kind kind,
        @Enumerated(EnumType.STRING) @Column(name = "status") Status status) {

    public enum Kind { POLICE_INVESTIGATION, CRIMINAL_PROCEEDINGS, INQUEST, CHILD_DEATH_REVIEW, DOMESTIC_HOMICIDE_REVIEW }

    public enum Status { OPEN, CONCLUDED, NONE, NOT_KNOWN }

    public ParallelProcess {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
