package org.practicereview.rapidreview;

import java.time.Instant;
import java.time.LocalDate;

/** The national panel's response to a rapid review sent to it, as the business unit recorded it. */
public record PanelResponse(long rapidReviewId, LocalDate receivedOn, PanelAnswer answer, String panelWords,
                            String recordedBy, Instant recordedAt) {}
