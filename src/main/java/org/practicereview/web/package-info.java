/**
 * The browser side: layout, GOV.UK component fragments, sign-in and security settings, error
 * pages, and the pages that compose several modules (cases, tasks). Feature pages live in their
 * modules' web packages and depend on nothing here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.practicereview.web;
