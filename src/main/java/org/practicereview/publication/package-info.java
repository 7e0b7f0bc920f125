/**
 * Publication of a completed review: the anonymised publication pack, the anonymisation check
 * against the case's real identities, the 7 minute briefing, the pre-publication notice, the chair's
 * approval and the public "Learning from Reviews" catalogue. Nothing leaves this module for the
 * public before the pack has passed the check and the chair has approved it.
 */
package org.practicereview.publication;
