package org.practicereview.identity;

/** A partner agency: police, health, social care, education, probation, housing, voluntary sector. */
public record Agency(String code, String name, String sector) {}
