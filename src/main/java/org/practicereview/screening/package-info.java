/**
 * Screening owns the agency information round (requests, agency summaries, reminders, early close),
 * the PRG's record of the facts against the statutory criteria with the versioned DMN result, and the
 * PRG's recommendation to the chair. Other modules read a case's criteria result through
 * {@link org.practicereview.screening.Screenings} and close a round through
 * {@link org.practicereview.screening.AgencyRound}.
 */
package org.practicereview.screening;
