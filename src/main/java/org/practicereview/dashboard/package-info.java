/**
 * The board's dashboard owns the figures of how the board is doing in a year or a quarter, read from the
 * modules that own each fact (cases, the chair's decisions and notices, serious incident notifications, rapid
 * reviews, local reviews, action plans, briefings in use).
 * It draws each figure as an accessible SVG chart of its own, with the table and CSV beside it.
 */
package org.practicereview.dashboard;
