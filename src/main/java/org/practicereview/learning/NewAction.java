package org.practicereview.learning;

import java.time.LocalDate;

/** An action as the business unit enters it: what, which agency (its code, chosen from a list of names), by when. */
public record NewAction(String description, String ownerAgency, LocalDate targetDate) {}
