package org.practicereview.meetings;

import java.time.Instant;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;

/**
 * A case on a meeting's agenda, with the chair's one-month decision date as it stood when tabled; a
 * case carried over names the meeting it went to and why.
 */
public record TabledCase(long meetingId, CaseReference caseReference, String tabledBy, Instant tabledAt, Instant decisionDue,
                         Long carriedOverTo, String carryOverReason, boolean decisionDueBeforeMeeting) {

    public boolean carriedOver() {
        return carriedOverTo != null;
    }

    public String decisionDueInWords() {
        return decisionDue == null ? null : GovDates.day(decisionDue);
    }
}
