package org.practicereview.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The coordinator stopped waiting for one agency's summary in a round: who, when and why. */
@Embeddable
class SummaryWithdrawal {

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(nullable = false)
    private String reason;
    @Column(name = "withdrawn_by", nullable = false)
    private String withdrawnBy;
    @Column(name = "withdrawn_at", nullable = false)
    private Instant withdrawnAt;

    protected SummaryWithdrawal() {}

    SummaryWithdrawal(String agencyCode, String reason, String withdrawnBy, Instant withdrawnAt) {
        this.agencyCode = agencyCode;
        this.reason = reason;
        this.withdrawnBy = withdrawnBy;
        this.withdrawnAt = withdrawnAt;
    }

    String agencyCode() { return agencyCode; }
    String reason() { return reason; }
    String withdrawnBy() { return withdrawnBy; }
    Instant withdrawnAt() { return withdrawnAt; }
}
