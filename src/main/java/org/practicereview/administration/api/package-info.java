/** The administration API: what the administration pages do, for an administrator's scripts with a token. */
package org.practicereview.administration.api;
