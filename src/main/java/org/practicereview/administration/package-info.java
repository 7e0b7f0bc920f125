/**
 * The board runs its own service: the administrator's pages and API for people, agencies, agency
 * system accounts and their tokens, and the board's settings. Every change is checked, stored and
 * written to the trail in one transaction; the rules of each thing stay with the module that owns it.
 */
package org.practicereview.administration;
