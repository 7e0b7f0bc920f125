package org.practicereview.learning;

import java.time.LocalDate;

/** A use of a briefing as the agency enters it; {@code setting} is a {@link BriefingSetting} name, staff as typed. */
public record NewBriefingUse(String setting, LocalDate usedOn, String staff, String note) {}
