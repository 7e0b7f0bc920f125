/**
 * The database itself, below the domain: today only that a commit on the embedded H2 file (the
 * default database) is in the file before the caller goes on. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.practicereview.storage;
