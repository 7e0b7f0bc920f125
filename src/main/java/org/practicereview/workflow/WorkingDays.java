package org.practicereview.workflow;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.practicereview.settings.BoardSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every due date and timer of the workflow: working days in the region the board's settings name
 * (England and Wales unless changed), bank holidays from jollyday. Deadlines fall at the end of the working day (17:00 UK time), reminders at its start
 * (09:00). BPMN uses it by name, e.g. {@code ${workingDays.dueIn(10)}}.
 */
@Component("workingDays")
public class WorkingDays {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String ENGLAND = "eng";
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
    private static final LocalTime START_OF_DAY = LocalTime.of(9, 0);

    private final HolidayManager holidays =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Clock clock;
    /** The holiday subdivision, asked once per calculation: the settings may change between two. */
    private final Supplier<String> subdivision;

    /** England and Wales, whatever the settings say: for tests without the application. */
    public WorkingDays(Clock clock) {
        this(clock, () -> ENGLAND);
    }

    @Autowired
    WorkingDays(Clock clock, BoardSettings settings) {
        this(clock, () -> settings.current().region().subdivision());
    }

    WorkingDays(Clock clock, Supplier<String> subdivision) {
        this.clock = clock;
        this.subdivision = subdivision;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, subdivision.get());
    }

    private boolean isWorkingDay(LocalDate date, String region) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date, region);
    }

    /** The date that is {@code days} working days after {@code from} (which itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        String region = subdivision.get();
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date, region)) {
                left--;
            }
        }
        return date;
    }

    /** {@code date} if it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate date) {
        String region = subdivision.get();
        LocalDate d = date;
        while (!isWorkingDay(d, region)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The number of working days after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        String region = subdivision.get();
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d, region)) {
                count++;
            }
        }
        return count;
    }

    /** Now, on the clock every due date is counted by. */
    public Date now() {
        return Date.from(clock.instant());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** A deadline {@code days} working days from today, at the end of that day. */
    public Date dueIn(int days) {
        return endOfDay(addWorkingDays(today(), days));
    }

    /** A reminder moment {@code days} working days from today, at the start of that day. */
    public Date remindIn(int days) {
        return startOfDay(addWorkingDays(today(), days));
    }

    /** A deadline {@code months} calendar months from today, moved to the next working day if needed. */
    public Date dueInMonths(int months) {
        return endOfDay(onOrAfter(today().plusMonths(months)));
    }

    /** A reminder {@code months} calendar months from today, at the start of that working day. */
    public Date remindInMonths(int months) {
        return startOfDay(onOrAfter(today().plusMonths(months)));
    }

    /** A deadline {@code days} calendar days from today (statutory "within 14 days"). */
    public Date dueInCalendarDays(int days) {
        return endOfDay(today().plusDays(days));
    }

    /**
     * The due date of an agency's summary: the round's date, set from the board's settings when the
     * round opened; 10 working days from today for a round opened before that date was kept.
     */
    public Date agencyRoundDue(VariableScope execution) {
        Object due = execution.getVariable(ProcessVariables.AGENCY_SUMMARY_DUE);
        return due instanceof Date date ? date : dueIn(10);
    }

    /** The agencies' reminder: two working days before the round's due date, at the start of that day. */
    public Date agencyRoundReminder(VariableScope execution) {
        LocalDate due = agencyRoundDue(execution).toInstant().atZone(UK).toLocalDate();
        String region = subdivision.get();
        LocalDate reminder = due;
        for (int left = 2; left > 0 && reminder.isAfter(today()); ) {
            reminder = reminder.minusDays(1);
            if (isWorkingDay(reminder, region)) {
                left--;
            }
        }
        return startOfDay(reminder);
    }

    public Date endOfDay(LocalDate date) {
        return Date.from(date.atTime(END_OF_DAY).atZone(UK).toInstant());
    }

    public Date startOfDay(LocalDate date) {
        return Date.from(date.atTime(START_OF_DAY).atZone(UK).toInstant());
    }
}
