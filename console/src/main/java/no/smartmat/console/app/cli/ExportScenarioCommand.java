package no.smartmat.console.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.planner.scenario.ScenarioJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-scenario", mixinStandardHelpOptions = true)
final class ExportScenarioCommand extends HeadlessCommand implements Callable<Integer> {

    @Option(names = "--date", required = true, paramLabel = "DATE") DayArgument date;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

    @Override
    public Integer call() {
        AppContext app = open();
        var day = app.planning().scenario(day(date, app));
        ScenarioJson.write(day.scenario(), out);
        day.unplannable().forEach(s -> err("cli.plan.unplannable", s.clientNumber(), s.clientName()));
        out("cli.exportScenario.done", out, day.scenario().stops().size(), day.scenario().vehicles().size());
        return 0;
    }
}
