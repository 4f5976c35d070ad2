package no.smartmat.console.printing;

import java.time.LocalTime;
import java.util.List;
import no.smartmat.reports.manifests.StopChanges;

/**
 * One stop of a route as printed: "stopp {@code number} av {@code stopCount}", the planned service start, the
 * client and the packages in bag order, and what changed since the same weekday last week.
 */
public record PrintStop(int number, int stopCount, LocalTime eta, StopDetails details, List<PrintPackage> packages,
                        StopChanges changes) {

    public PrintStop {
        packages = List.copyOf(packages);
    }
}
