package kz.socialservices.checker.standard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A recorded absence from the centre. A date without a time is held as the start of that day,
 * with {@code leftHasTime}/{@code returnedHasTime} saying whether a time was recorded.
 *
 * @param returnedAt null while she has not returned
 * @param notified   whether she told the administration; null when not recorded
 */
public record Absence(LocalDateTime leftAt, boolean leftHasTime, LocalDateTime returnedAt, boolean returnedHasTime,
                      Boolean notified) {

    /**
     * Whether the absence lasted more than {@code limitDays}: in hours (limit × 24) when both ends
     * carry a time, otherwise in calendar days between the dates. An absence with no return runs
     * to the start of {@code until} (the exit date).
     */
    public boolean longerThan(int limitDays, LocalDate until) {
        boolean returned = returnedAt != null;
        LocalDateTime end = returned ? returnedAt : until.atStartOfDay();
        boolean timesKnown = leftHasTime && (!returned || returnedHasTime);
        if (timesKnown) {
            return Duration.between(leftAt, end).compareTo(Duration.ofHours(24L * limitDays)) > 0;
        }
        return ChronoUnit.DAYS.between(leftAt.toLocalDate(), end.toLocalDate()) > limitDays;
    }

    public boolean withoutNotice() {
        return Boolean.FALSE.equals(notified);
    }
}
