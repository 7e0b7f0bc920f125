package org.practicereview.meetings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicereview.workflow.FieldError;

/**
 * A meeting's date, start time and place as typed on the scheduling page (a GOV.UK date input and two
 * text inputs), checked; what was typed is kept so that a page with errors shows it again.
 */
public record MeetingDetails(Map<String, String> typed, LocalDate heldOn, LocalTime startsAt, String place, List<FieldError> errors) {

    static final int PLACE_MAX = 300;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?", Pattern.CASE_INSENSITIVE);

    /** Checks what was typed; the date must be today or later. */
    public static MeetingDetails of(Map<String, String> typed, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = date(typed, errors);
        if (day != null && day.isBefore(today)) {
            errors.add(new FieldError("heldOn", "The date of the meeting must be today or in the future"));
        }
        LocalTime time = time(typed.getOrDefault("startsAt", "").strip(), errors);
        String place = typed.getOrDefault("place", "").strip();
        if (place.isEmpty()) {
            errors.add(new FieldError("place", "Enter where the meeting is held, or the link to join it"));
        } else if (place.length() > PLACE_MAX) {
            errors.add(new FieldError("place", "Where the meeting is held must be " + PLACE_MAX + " characters or fewer"));
        } else if (place.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add(new FieldError("place", "Where the meeting is held must be one line of text"));
        }
        return new MeetingDetails(typed, errors.isEmpty() ? day : null, errors.isEmpty() ? time : null, place, List.copyOf(errors));
    }

    public static MeetingDetails empty() {
        return new MeetingDetails(Map.of(), null, null, "", List.of());
    }

    private static LocalDate date(Map<String, String> typed, List<FieldError> errors) {
        String day = typed.getOrDefault("heldOn-day", "").strip();
        String month = typed.getOrDefault("heldOn-month", "").strip();
        String year = typed.getOrDefault("heldOn-year", "").strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.add(new FieldError("heldOn", "Enter the date of the meeting"));
            return null;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(new FieldError("heldOn", "The date of the meeting must include a day, month and year"));
            return null;
        }
        try {
            if (!year.matches("\\d{4}") || !day.matches("\\d{1,2}") || !month.matches("\\d{1,2}")) {
                throw new DateTimeException("not numbers");
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            errors.add(new FieldError("heldOn", "The date of the meeting must be a real date"));
            return null;
        }
    }

    /** "10:00", "14:30", "2pm", "2:30pm". */
    static LocalTime time(String typed, List<FieldError> errors) {
        if (typed.isEmpty()) {
            errors.add(new FieldError("startsAt", "Enter the time the meeting starts"));
            return null;
        }
        Matcher m = TIME.matcher(typed);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String half = m.group(3);
            boolean twelveHour = half != null;
            if (twelveHour && hour >= 1 && hour <= 12) {
                hour = hour % 12 + (half.equalsIgnoreCase("pm") ? 12 : 0);
            } else if (twelveHour || (m.group(2) == null)) {
                hour = -1;
            }
            if (hour >= 0 && hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        errors.add(new FieldError("startsAt", "Enter the start time like 10:00 or 2:30pm"));
        return null;
    }

    public String value(String key) {
        return typed.getOrDefault(key, "");
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    public String error(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(FieldError::message).findFirst().orElse(null);
    }
}
