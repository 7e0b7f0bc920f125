package org.practicereview.learning.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A GOV.UK date input's three boxes as typed, read as a date or a message saying what is wrong with them. */
record DateInput(String day, String month, String year) {

    boolean blank() {
        return empty(day) && empty(month) && empty(year);
    }

    /** Null when the boxes hold a real date; the message otherwise (blank boxes are the service's "Enter ..."). */
    String problem(String what) {
        if (blank()) {
            return null;
        }
        if (empty(day) || empty(month) || empty(year)) {
            return what + " must include a day, month and year";
        }
        return date() == null ? what + " must be a real date" : null;
    }

    LocalDate date() {
        try {
            if (!year.strip().matches("\\d{4}")) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }
}
