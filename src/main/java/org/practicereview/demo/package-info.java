/**
 * Demo data for the {@code demo} profile only: a fictional board's agencies, one user per role and
 * cases at every stage, created through the same services a user would use.
 */
package org.practicereview.demo;
