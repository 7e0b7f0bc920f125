/**
 * The board's settings: its name, the recipients of statutory notices, the working-day region and
 * the deadlines local procedure sets, stored in versions. It records which version each case's
 * clock started under, so a change never moves a running deadline.
 */
package org.practicereview.settings;
