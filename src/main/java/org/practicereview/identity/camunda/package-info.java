/**
 * Camunda's view of the user store: a read-only identity provider over {@code Users} and
 * {@code Agencies}, and the sign-in hand-over to Camunda's webapps. Internal to the identity module.
 */
package org.practicereview.identity.camunda;
