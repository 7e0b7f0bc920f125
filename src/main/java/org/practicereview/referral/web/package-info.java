/**
 * The agency user's referral journey: start, task list, one question page per section, repeating
 * children, family members and agencies, check answers, send and confirmation; and "my referrals".
 * Every page reads and writes the server-side draft through the referral module's API.
 */
package org.practicereview.referral.web;
