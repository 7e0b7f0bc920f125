package org.practicereview.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GovDatesTest {

    @Test
    void writesTimesAsGovUkDoesInUkTime() {
        assertThat(GovDates.time(Instant.parse("2027-01-04T17:00:00Z"))).isEqualTo("4 January 2027 at 5pm");
        assertThat(GovDates.time(Instant.parse("2026-07-01T08:30:00Z"))).as("British Summer Time")
                .isEqualTo("1 July 2026 at 9:30am");
        assertThat(GovDates.time(Instant.parse("2027-01-04T12:00:00Z"))).isEqualTo("4 January 2027 at midday");
        assertThat(GovDates.time(Instant.parse("2027-01-04T00:00:00Z"))).isEqualTo("4 January 2027 at midnight");
        assertThat(GovDates.time(Instant.parse("2027-01-04T00:05:00Z"))).isEqualTo("4 January 2027 at 12:05am");
    }

    @Test
    void writesDaysWithoutLeadingZeros() {
        assertThat(GovDates.day(LocalDate.of(2019, 3, 7))).isEqualTo("7 March 2019");
        assertThat(GovDates.day((LocalDate) null)).isNull();
    }
}
