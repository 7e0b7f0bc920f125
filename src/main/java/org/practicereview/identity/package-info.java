/**
 * Users, roles and agencies, and who may see which case. Other modules ask it whether an agency
 * exists and what it is called.
 */
package org.practicereview.identity;
