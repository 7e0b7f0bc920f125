/**
 * The serious incident notification of the 2018 route (Children Act 2004 s.16C): the day the local authority
 * became aware, the notification criteria's answer, the notification to the national panel within 5 working
 * days with its copy, and the notices to the safeguarding partners, Ofsted and the Secretary of State. It owns
 * {@code processes/serious-incident.bpmn} and publishes its part of the case file.
 */
package org.practicereview.incident;
