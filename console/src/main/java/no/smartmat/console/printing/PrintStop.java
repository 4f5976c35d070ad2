package no.smartmat.console.printing;

import java.time.LocalTime;
import java.util.List;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.manifests.StopChanges;

/**
 * One stop of a route as printed: "stopp {@code number} av {@code stopCount}", the planned service start and the
 * window the plan was solved against (not the stop's window now, should it have changed since), the client and
 * the packages in bag order, and what changed since the same weekday last week.
 */
public record PrintStop(int number, int stopCount, LocalTime eta, TimeWindow window, StopDetails details,
                        List<PrintPackage> packages, StopChanges changes) {

    public PrintStop {
        packages = List.copyOf(packages);
    }
}
