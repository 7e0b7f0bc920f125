package org.practicereview.shared.web;

import org.practicereview.shared.Actor;

/**
 * A signed-in principal that knows whom it acts as. The identity module's principal is one; it lets
 * every module's pages ask who is acting without depending on the identity module.
 */
public interface ActorPrincipal {

    Actor actor();
}
