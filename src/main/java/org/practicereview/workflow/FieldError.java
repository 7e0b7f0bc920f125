package org.practicereview.workflow;

/** A message about one field of a submission, in the words a user should read. */
public record FieldError(String field, String message) {}
