package org.practicereview.audit.web;

/**
 * A message about one box of an audit page's query, as the error summary shows it (its link goes to
 * the box with the field's id). The audit pages keep their own: the workflow module's field errors
 * would make audit, which workflow writes to, depend on workflow.
 */
public record FieldError(String field, String message) {}
