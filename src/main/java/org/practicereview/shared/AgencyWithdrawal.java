package org.practicereview.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The coordinator stopped waiting for one agency in a round (its summary to the PRG, or its report to a
 * review): which agency, who decided, when and why. Kept beside the round it ended, for the case file.
 */
@Embeddable
public class AgencyWithdrawal {

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(nullable = false)
    private String reason;
    @Column(name = "withdrawn_by", nullable = false)
    private String withdrawnBy;
    @Column(name = "withdrawn_at", nullable = false)
    private Instant withdrawnAt;

    protected AgencyWithdrawal() {}

    public AgencyWithdrawal(String agencyCode, String reason, String withdrawnBy, Instant withdrawnAt) {
        this.agencyCode = agencyCode;
        this.reason = reason;
        this.withdrawnBy = withdrawnBy;
        this.withdrawnAt = withdrawnAt;
    }

    public String agencyCode() { return agencyCode; }
    public String reason() { return reason; }
    public String withdrawnBy() { return withdrawnBy; }
    public Instant withdrawnAt() { return withdrawnAt; }
}
