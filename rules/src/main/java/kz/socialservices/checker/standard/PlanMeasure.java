package kz.socialservices.checker.standard;

import java.time.LocalDate;

/** One measure of the individual work plan; any part may be missing (IPR-04 checks it). */
public record PlanMeasure(ServiceType serviceType, String responsible, LocalDate dueDate) {

    public boolean complete() {
        return serviceType != null && responsible != null && dueDate != null;
    }
}
