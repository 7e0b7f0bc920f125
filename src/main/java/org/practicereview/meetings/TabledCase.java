package org.practicereview.meetings;

import java.time.Instant;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;

/**
 * A case on a meeting's agenda, with the chair's one-month decision date as it stood when tabled; a
 * case carried over names the meeting it went to and why, and the later meeting's agenda names the
 * meeting it came from and why ({@code carriedFrom}, null when it was tabled there directly).
 */
public record TabledCase(long meetingId, CaseReference caseReference, String tabledBy, Instant tabledAt, Instant decisionDue,
                         Long carriedOverTo, String carryOverReason, boolean decisionDueBeforeMeeting, CarriedFrom carriedFrom) {

    /** The earlier meeting a case was carried over from, as the later agenda shows it: "PRG meeting, 4 March 2027". */
    public record CarriedFrom(long meetingId, String meetingTitle, String reason) {}

    public boolean carriedOver() {
        return carriedOverTo != null;
    }

    public String decisionDueInWords() {
        return decisionDue == null ? null : GovDates.day(decisionDue);
    }
}
