package no.smartmat.console.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.PlanJson;
import no.smartmat.planner.scenario.ReadResult;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.ScenarioJson;
import no.smartmat.planner.solomon.SolomonInstance;
import no.smartmat.planner.solomon.SolomonInstances;
import no.smartmat.planner.solver.Progress;
import no.smartmat.planner.solver.RoutePlanner;
import no.smartmat.planner.solver.SolveLimits;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan routes: a scenario file, a Solomon VRPTW instance, or a day in the database.",
                "  plan --scenario day.json --seconds 30 --out plan.json",
                "  plan --solomon C101 --seconds 60 --out plan.json",
                "  plan --date 2026-11-24 --seconds 60 [--publish]"})
final class PlanCommand extends HeadlessCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--scenario", paramLabel = "FILE", description = "A smartmat-scenario/1 JSON file.")
        Optional<Path> scenario = Optional.empty();
        @Option(names = "--solomon", paramLabel = "FILE|NAME", description = "A Solomon/Homberger VRPTW instance file, or the name of a Solomon instance shipped with the planner (C101 … RC208); distance, at most its vehicles.")
        Optional<String> solomon = Optional.empty();
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A delivery day in the database (pinned stops stay).")
        Optional<LocalDate> date = Optional.empty();
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--seconds", paramLabel = "N", description = "Solve for at most N seconds (default: planner.yaml's defaultSeconds).")
    Optional<Integer> seconds = Optional.empty();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan as smartmat-plan/1 JSON.")
    Optional<Path> out = Optional.empty();

    @Option(names = "--publish", description = "With --date: publish the new plan (labels and manifests print from it).")
    boolean publish;

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
            Plan plan = new RoutePlanner().solve(read.value().orElseThrow(), Optional.empty(), limits(30));
            return finish(plan, pw);
        }
        if (source.solomon.isPresent()) {
            ReadResult<SolomonInstance> read = SolomonInstances.read(source.solomon.get());
            if (!read.isOk()) {
                spec.commandLine().getErr().println(messages().get("cli.plan.badFile", source.solomon.get(), read.describe()));
                return 1;
            }
            Plan plan = new RoutePlanner().solve(read.value().orElseThrow(), limits(30));
            return finish(plan, pw);
        }
        AppContext app = open();
        LocalDate date = source.date.orElseThrow();
        var day = app.planning().scenario(date);
        if (day.scenario().stops().isEmpty()) {
            err("cli.plan.noStops", date.toString());
            return 1;
        }
        day.unplannable().forEach(s -> err("cli.plan.unplannable", s.clientNumber(), s.clientName()));
        StoredPlan saved = app.planning().planDay(date, limits(app.planning().settings().defaultSeconds()), publish,
                CurrentUser.headless(), this::progress);
        out.ifPresent(file -> PlanJson.write(app.planning().asPlannerPlan(day, saved), file));
        out("cli.plan.saved", date.toString(), saved.version(), saved.routes().size(), saved.assignedCount(),
                saved.unassignedStopIds().size(), saved.distanceKm(), saved.score(),
                messages().get(publish ? "cli.plan.published" : "cli.plan.draft"));
        return saved.unassignedStopIds().isEmpty() && saved.feasible() ? 0 : 3;
    }

    private SolveLimits limits(int defaultSeconds) {
        return SolveLimits.of(Duration.ofSeconds(seconds.orElse(defaultSeconds)));
    }

    private void progress(Progress p) {
        spec.commandLine().getErr().printf("  %5.1f s  %s  (%d/%d)%n", p.elapsed().toMillis() / 1000.0, p.bestScore(),
                p.assigned(), p.total());
    }

    private int finish(Plan plan, PrintWriter pw) {
        out.ifPresent(file -> PlanJson.write(plan, file));
        out("cli.plan.result", plan.totals().vehiclesUsed(), plan.totals().assigned(), plan.unassigned().size(),
                plan.totals().distanceKm(), plan.score(), out.map(Path::toString).orElse("-"));
        return plan.feasible() && plan.unassigned().isEmpty() ? 0 : 3;
    }
}
