package org.practicereview.audit;

/** Signs a checkpoint's text: the Ed25519 key pair, or the shared HMAC key of installations that have not moved yet. */
interface CheckpointSigner {

    String sign(String text);
}
