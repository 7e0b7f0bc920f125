/**
 * Learning owns what happens after a review: the action plan as a living record (recommendations,
 * actions owned by agencies, progress with evidence, the PRG's acceptance, reminders, closing), kept
 * after the review's process has ended. Each agency sees only the actions it owns.
 */
package org.practicereview.learning;
