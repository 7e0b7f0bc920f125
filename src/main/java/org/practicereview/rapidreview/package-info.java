/**
 * The rapid review of a serious child safeguarding incident under the 2018 arrangements: the business unit's
 * record of it within 15 working days, the three safeguarding partners' approvals, the rapid review PDF sent to
 * the national panel with the partners' decision, and the panel's response. It owns
 * {@code processes/rapid-review.bpmn} and its tables, and publishes the case file's "Rapid review" section
 * ({@link org.practicereview.rapidreview.RapidReviews} for what the task pages show above a returned form).
 */
package org.practicereview.rapidreview;
