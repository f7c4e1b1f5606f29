package kz.socialservices.checker.standard;

import java.time.LocalDate;

/**
 * One entry of the monitoring journal.
 *
 * @param date          when the entry was made; always known (an item without it is not read)
 * @param recipientView whether the entry records the recipient's own assessment of progress; null when
 *                      not recorded (REQUIREMENTS.md, "Coded fields": optional part {@code recipient_view})
 */
public record MonitoringEntry(LocalDate date, Boolean recipientView) {
}
