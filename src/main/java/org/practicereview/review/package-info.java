/**
 * The review a chair commissions: terms of reference, lead reviewer, agency reports, family
 * involvement, draft report versions and their quality assurance, board sign-off and the action plan.
 * It also reminds and escalates when the six-month target is at risk; the diagram decides the order.
 */
package org.practicereview.review;
