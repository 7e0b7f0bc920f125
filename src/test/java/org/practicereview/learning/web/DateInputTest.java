package org.practicereview.learning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void readsARealDateAndSaysWhatIsWrongWithAnyOther() {
        assertThat(new DateInput("27", "3", "2031").date()).isEqualTo(LocalDate.of(2031, 3, 27));
        assertThat(new DateInput("27", "3", "2031").problem("The target date")).isNull();
        assertThat(new DateInput("", " ", null).problem("The target date")).as("blank: the service asks for it").isNull();
        assertThat(new DateInput("31", "2", "2031").problem("The target date")).isEqualTo("The target date must be a real date");
        assertThat(new DateInput("1", "1", "31").problem("The target date")).isEqualTo("The target date must be a real date");
        assertThat(new DateInput("1", "", "2031").problem("The target date"))
                .isEqualTo("The target date must include a day, month and year");
        assertThat(new DateInput("x", "1", "2031").date()).isNull();
    }
}
