/**
 * The decision trail: append-only, SHA-256 hash-chained events of everything done to a case, and
 * its verification. There is no update or delete path.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.practicereview.audit;
