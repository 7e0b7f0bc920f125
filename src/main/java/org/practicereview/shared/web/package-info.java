/**
 * Plain helpers every module's pages use: who is acting, "page not found" and GOV.UK pagination.
 * Like the rest of {@code shared}, it depends on no other module.
 */
package org.practicereview.shared.web;
