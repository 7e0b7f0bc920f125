/**
 * Decision owns the independent chair's decision on each case (initiate an SCR, commission another
 * review, no review, or defer), with the criteria set and version it was taken against, any departure
 * from the criteria result, and the one-month deadline. It also sends the decision's notices to the
 * referrer, the board, the national panel and Ofsted, and escalates an overdue decision.
 */
package org.practicereview.decision;
