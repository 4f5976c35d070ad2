package no.smartmat.console.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.planning.SolveProgressText;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.PlanJson;
import no.smartmat.planner.scenario.ReadResult;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.ScenarioJson;
import no.smartmat.planner.solomon.SolomonInstance;
import no.smartmat.planner.solomon.SolomonInstances;
import no.smartmat.planner.solver.BrokenRules;
import no.smartmat.planner.solver.Progress;
import no.smartmat.planner.solver.RoutePlanner;
import no.smartmat.planner.solver.SolveLimits;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true)
final class PlanCommand extends HeadlessCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--scenario", paramLabel = "FILE")
        Optional<Path> scenario = Optional.empty();
        @Option(names = "--solomon", paramLabel = "FILE|NAME")
        Optional<String> solomon = Optional.empty();
        @Option(names = "--date", paramLabel = "DATE")
        Optional<DayArgument> date = Optional.empty();
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--seconds", paramLabel = "N")
    Optional<Integer> seconds = Optional.empty();

    @Option(names = "--out", paramLabel = "FILE")
    Optional<Path> out = Optional.empty();

    @Option(names = "--publish")
    boolean publish;

    private final AtomicReference<Progress> last = new AtomicReference<>();

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        if (publish && source.date.isEmpty()) {
            err("cli.plan.publishNeedsDate");
            return 2;
        }
        if (source.scenario.isPresent()) {
            ReadResult<Scenario> read = ScenarioJson.read(source.scenario.get());
            if (!read.isOk()) {
                spec.commandLine().getErr().println(messages().get("cli.plan.badFile", source.scenario.get(), read.describe()));
                return 1;
            }
            Plan plan = new RoutePlanner().start(read.value().orElseThrow(), Optional.empty(), limits(30), this::progress).await();
            return finish(plan, pw);
        }
        if (source.solomon.isPresent()) {
            ReadResult<SolomonInstance> read = SolomonInstances.read(source.solomon.get());
            if (!read.isOk()) {
                spec.commandLine().getErr().println(messages().get("cli.plan.badFile", source.solomon.get(), read.describe()));
                return 1;
            }
            Plan plan = new RoutePlanner().start(read.value().orElseThrow(), limits(30), this::progress).await();
            return finish(plan, pw);
        }
        AppContext app = open();
        LocalDate date = day(source.date.orElseThrow(), app);
        var day = app.planning().scenario(date);
        if (day.scenario().stops().isEmpty()) {
            err("cli.plan.noStops", date.toString());
            return 1;
        }
        day.unplannable().forEach(s -> err("cli.plan.unplannable", s.clientNumber(), s.clientName()));
        StoredPlan saved = app.planning().planDay(date, limits(app.planning().settings().defaultSeconds()), publish,
                CurrentUser.headless(), this::progress);
        out.ifPresent(file -> PlanJson.write(app.planning().asPlannerPlan(day, saved), file));
        out("cli.plan.saved", date.toString(), saved.version(), saved.routes().size(), finalSummary(saved.assignedCount(),
                saved.assignedCount() + saved.unassignedStopIds().size(), saved.distanceKm()),
                messages().get(publish ? "cli.plan.published" : "cli.plan.draft"));
        return saved.unassignedStopIds().isEmpty() && saved.feasible() ? 0 : 3;
    }

    private SolveLimits limits(int defaultSeconds) {
        return SolveLimits.of(Duration.ofSeconds(seconds.orElse(defaultSeconds)));
    }

    /** Each better plan the solver finds, as a person reads it (the score stays in the log). */
    private void progress(Progress p) {
        last.set(p);
        err("cli.plan.progress", p.elapsed().toMillis() / 1000.0, SolveProgressText.summary(p, messages()));
    }

    /** The finished plan in the same words; its broken rules are those of the solver's last report. */
    private String finalSummary(int assigned, int total, double distanceKm) {
        return SolveProgressText.summary(assigned, total, distanceKm,
                Optional.ofNullable(last.get()).map(Progress::broken).orElse(BrokenRules.NONE), messages());
    }

    private int finish(Plan plan, PrintWriter pw) {
        out.ifPresent(file -> PlanJson.write(plan, file));
        out("cli.plan.result", plan.totals().vehiclesUsed(), finalSummary(plan.totals().assigned(),
                plan.totals().assigned() + plan.unassigned().size(), plan.totals().distanceKm()),
                out.map(Path::toString).orElse("-"));
        return plan.feasible() && plan.unassigned().isEmpty() ? 0 : 3;
    }
}
