package org.practicereview.meetings;

/** An action agreed at a meeting, with its owner by name; for one case, or for the group. */
public record MeetingAction(String caseReference, String action, String owner) {}
