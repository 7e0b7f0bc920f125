package org.practicereview.settings;

import java.time.LocalDate;
import org.practicereview.shared.Regime;

/**
 * Which law new cases follow: the serious case review route, or the 2018 arrangements from the day the
 * partnership started them. A case referred before that day keeps the serious case review route, so the
 * date can be set ahead of a planned change. A versioned board setting like the others.
 */
public record RegimeSetting(Regime newCases, LocalDate newArrangementsFrom) {

    /** The earliest day the 2018 arrangements could start (SI 2018/789 in force on 29 June 2018). */
    public static final LocalDate EARLIEST_START = LocalDate.of(2018, 6, 29);

    /** What a new installation, and every version stored before this setting, has: the serious case review route. */
    public static final RegimeSetting DEFAULTS = new RegimeSetting(Regime.SCR_2006, null);

    /** The regime of a case referred on {@code day}. */
    public Regime regimeOn(LocalDate day) {
        return newCases == Regime.CSPR_2018 && newArrangementsFrom != null && !day.isBefore(newArrangementsFrom)
                ? Regime.CSPR_2018 : Regime.SCR_2006;
    }
}
