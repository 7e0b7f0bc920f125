package org.practicereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** The board's sign-off of the accepted report, with its written response (published beside the report). */
@Embeddable
public record BoardSignOff(
        @Column(name = "board_meeting_date") LocalDate meetingDate,
        @Column(name = "board_response", length = 20000) String boardResponse,
        @Column(name = "signed_off_by") String signedOffBy,
        @Column(name = "signed_off_at") Instant signedOffAt) {}
