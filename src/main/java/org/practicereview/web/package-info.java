/**
 * The browser side: layout, GOV.UK component fragments, sign-in and security settings, error
 * pages. Feature pages live in their modules' web packages and reuse what is here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.practicereview.web;
