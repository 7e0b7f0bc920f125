/**
 * The auditor's pages: one timeline per case merging the decision trail with the engine's history,
 * verification, exports, and the reports across cases. Read-only, for the AUDITOR role.
 */
package org.practicereview.audit.web;
