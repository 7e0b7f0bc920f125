package org.practicereview.documents;

/** One of the business unit's tracking dates of a case, in words: "PRG meeting", "4 March 2027". */
public record TrackingDate(String label, String value) {}
