package org.practicereview.publication;

/**
 * One place where a pack still contains a real identity: the field, the kind of identifier and the
 * surrounding words, in which this and every other identifier is already replaced by its placeholder.
 * So a finding can be shown, stored and traced without repeating the personal data it warns about.
 */
public record Finding(String field, IdentifierKind kind, String context) {}
