package org.practicereview.shared;

import java.util.regex.Pattern;

/** The reference of a case, such as {@code PR-2026-0001}; also the business key of its processes. */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("PR-\\d{4}-\\d{4,6}");

    public CaseReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a case reference");
        }
    }

    public static CaseReference of(int year, int number) {
        return new CaseReference(String.format("PR-%04d-%04d", year, number));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
