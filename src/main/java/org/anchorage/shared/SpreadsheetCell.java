package org.anchorage.shared;

/** A cell of a CSV file people open in a spreadsheet. */
public final class SpreadsheetCell {

    private SpreadsheetCell() {}

    /**
     * The value, with a leading quote when it starts like a formula (= + - @, tab or carriage return), so a
     * name or employer someone typed is shown as text and never run when the file is opened (CSV injection).
     */
    public static String safe(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
