package kz.socialservices.checker.engine.calendar;

/** A calendar file that cannot be used: malformed, or contradicting another file. Names the file and the line. */
public final class CalendarFileException extends IllegalArgumentException {

    private final String file;
    private final long line;

    public CalendarFileException(String file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The line of the file (the header is line 1), or 0 for the file as a whole. */
    public long line() {
        return line;
    }
}
