package org.practicereview.shared;

/**
 * How pages and documents name whoever acted: a person's name, never their account name. The user
 * store answers it; a module the user store itself depends on (the trail's pages) asks through this.
 */
public interface PeopleNames {

    /** The person's name, kept when their account is deactivated; the user id itself when no account has it (the system). */
    String nameOf(String userId);
}
