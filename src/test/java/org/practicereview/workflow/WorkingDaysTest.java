package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = on("2026-12-14T10:00");

    @Test
    void christmas2026SkipsChristmasDayAndTheBoxingDaySubstitute() {
        assertThat(calendar.isWorkingDay(date("2026-12-24"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-12-25"))).as("Christmas Day, Friday").isFalse();
        // Boxing Day falls on a Saturday, so the bank holiday moves to Monday 28 December.
        assertThat(calendar.isWorkingDay(date("2026-12-28"))).as("Boxing Day substitute").isFalse();
        assertThat(calendar.isWorkingDay(date("2027-01-01"))).as("New Year's Day").isFalse();

        assertThat(calendar.addWorkingDays(date("2026-12-24"), 1)).isEqualTo(date("2026-12-29"));
        assertThat(calendar.addWorkingDays(date("2026-12-24"), 5)).isEqualTo(date("2027-01-05"));
        assertThat(calendar.workingDaysBetween(date("2026-12-24"), date("2027-01-05"))).isEqualTo(5);
    }

    @Test
    void easter2027SkipsGoodFridayAndEasterMonday() {
        assertThat(calendar.isWorkingDay(date("2027-03-26"))).as("Good Friday").isFalse();
        assertThat(calendar.isWorkingDay(date("2027-03-29"))).as("Easter Monday").isFalse();

        assertThat(calendar.addWorkingDays(date("2027-03-25"), 1)).isEqualTo(date("2027-03-30"));
        assertThat(calendar.onOrAfter(date("2027-03-26"))).isEqualTo(date("2027-03-30"));
    }

    @Test
    void lateMayAndSummerBankHolidayWeekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(date("2027-05-31"))).as("spring bank holiday 2027").isFalse();
        assertThat(calendar.isWorkingDay(date("2027-08-30"))).as("summer bank holiday 2027").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-08-31"))).as("summer bank holiday 2026").isFalse();

        assertThat(calendar.addWorkingDays(date("2027-05-28"), 1)).isEqualTo(date("2027-06-01"));
        assertThat(calendar.addWorkingDays(date("2027-08-27"), 1)).isEqualTo(date("2027-08-31"));
    }

    @Test
    void followsTheRegionOfTheBoardsSettings() {
        WorkingDays scotland = new WorkingDays(java.time.Clock.systemUTC(), () -> "sct");
        assertThat(scotland.isWorkingDay(date("2026-01-02"))).as("2 January, Scotland").isFalse();
        assertThat(scotland.addWorkingDays(date("2026-01-01"), 1)).isEqualTo(date("2026-01-05"));
    }

    @Test
    void usesTheEnglishCalendarNotScotlandsOrNorthernIrelands() {
        assertThat(calendar.isWorkingDay(date("2026-01-02"))).as("2 January, Scotland only").isTrue();
        assertThat(calendar.isWorkingDay(date("2027-08-02"))).as("first Monday of August, Scotland only").isTrue();
        assertThat(calendar.isWorkingDay(date("2027-03-17"))).as("St Patrick's Day, Northern Ireland only").isTrue();
    }

    @Test
    void theBareUnitedKingdomCalendarWouldMissEasterMondayAndTheSummerBankHoliday() {
        // Why WorkingDays asks for the "eng" subdivision: without it jollyday answers for the whole
        // country, where these two are not common to every nation.
        HolidayManager uk = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

        assertThat(uk.isHoliday(date("2027-03-29"))).isFalse();
        assertThat(uk.isHoliday(date("2027-08-30"))).isFalse();
        assertThat(uk.isHoliday(date("2027-03-29"), "eng")).isTrue();
        assertThat(uk.isHoliday(date("2027-08-30"), "eng")).isTrue();
    }

    @Test
    void dueDatesFallAtTheEndOfTheWorkingDayAndRemindersAtItsStart() {
        assertThat(uk(calendar.dueIn(10))).isEqualTo(ukAt("2026-12-30T17:00"));
        assertThat(uk(calendar.remindIn(8))).isEqualTo(ukAt("2026-12-24T09:00"));
    }

    @Test
    void keepsUkWallClockTimesInSummerTime() {
        WorkingDays summer = on("2027-06-01T10:00");

        assertThat(summer.remindIn(1)).isEqualTo(Date.from(ZonedDateTime.parse("2027-06-02T08:00Z").toInstant()));
        assertThat(summer.dueIn(1)).isEqualTo(Date.from(ZonedDateTime.parse("2027-06-02T16:00Z").toInstant()));
    }

    @Test
    void monthsLandingOnAWeekendMoveToTheNextWorkingDay() {
        // 27 Jan 2027 + 1 month = Sat 27 Feb 2027.
        assertThat(uk(on("2027-01-27T10:00").dueInMonths(1))).isEqualTo(ukAt("2027-03-01T17:00"));
        // 31 Jan 2027 + 1 month is clamped to Sun 28 Feb 2027.
        assertThat(uk(on("2027-01-31T10:00").dueInMonths(1))).isEqualTo(ukAt("2027-03-01T17:00"));
    }

    @Test
    void monthsLandingOnABankHolidayMoveToTheNextWorkingDay() {
        // 30 Mar 2027 + 5 months = Mon 30 Aug 2027, the summer bank holiday.
        assertThat(uk(on("2027-03-30T10:00").remindInMonths(5))).isEqualTo(ukAt("2027-08-31T09:00"));
        // 25 Jun 2026 + 6 months = Christmas Day; the Boxing Day substitute follows the weekend.
        assertThat(uk(on("2026-06-25T10:00").dueInMonths(6))).isEqualTo(ukAt("2026-12-29T17:00"));
    }

    @Test
    void monthsLandingOnAWorkingDayStay() {
        assertThat(uk(calendar.dueInMonths(1))).isEqualTo(ukAt("2027-01-14T17:00"));
    }

    @Test
    void calendarDaysIgnoreHolidays() {
        // Statutory "within 14 days": Mon 28 Dec 2026 counts although it is a bank holiday.
        assertThat(uk(calendar.dueInCalendarDays(14))).isEqualTo(ukAt("2026-12-28T17:00"));
    }

    @Test
    void zeroWorkingDaysIsTheSameDayAndNegativeIsRefused() {
        assertThat(calendar.addWorkingDays(date("2026-12-25"), 0)).isEqualTo(date("2026-12-25"));
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2026-12-25"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void addingWorkingDaysLandsOnAWorkingDayThatMany(@ForAll @IntRange(min = 0, max = 800) int dayOffset,
                                                      @ForAll @IntRange(min = 1, max = 60) int days) {
        LocalDate from = date("2026-01-01").plusDays(dayOffset);

        LocalDate due = calendar.addWorkingDays(from, days);

        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(days);
        assertThat(calendar.workingDaysBetween(from, due.minusDays(1))).isEqualTo(days - 1);
    }

    private static WorkingDays on(String ukLocal) {
        return new WorkingDays(Clock.fixed(LocalDateTime.parse(ukLocal).atZone(WorkingDays.UK).toInstant(), WorkingDays.UK));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static ZonedDateTime uk(Date date) {
        return date.toInstant().atZone(WorkingDays.UK);
    }

    private static ZonedDateTime ukAt(String ukLocal) {
        return LocalDateTime.parse(ukLocal).atZone(WorkingDays.UK);
    }
}
