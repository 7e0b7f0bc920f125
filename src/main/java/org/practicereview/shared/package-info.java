/**
 * Shared kernel: typed identifiers, the acting user and the roles every module speaks of.
 * It depends on nothing else in the application.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.practicereview.shared;
