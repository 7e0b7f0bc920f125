/**
 * The JSON API for agency systems under {@code /api}: referrals sent whole and their status, for
 * agency system accounts authenticated by token or HTTP Basic, with RFC 9457 problem details on
 * every error and an OpenAPI document at {@code /api/openapi.json}.
 */
package org.practicereview.referral.api;
