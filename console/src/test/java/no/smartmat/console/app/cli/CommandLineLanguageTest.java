package no.smartmat.console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line speaks Bokmål unless asked for English, in its help, its usage errors and its own messages;
 * picocli's English sentences and Java's type and exception names never reach the terminal.
 */
class CommandLineLanguageTest {

    private static final Messages NB = new Messages(Messages.NORWEGIAN);
    private static final Messages EN = new Messages(Messages.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void helpIsInBokmalByDefaultAndInEnglishWithLangEn() {
        Cli.Run nb = Cli.run("--help");
        Cli.Run en = Cli.run("--lang", "en", "--help");

        assertThat(nb.exit()).isZero();
        assertThat(nb.out()).contains("Bruk: smartmat", "Valg:", "Kommandoer:", "--data-dir=MAPPE", "Lag et nytt, tomt kjøkken.")
                .doesNotContain("Usage:", "Options:", "Display help information");
        assertThat(en.out()).contains("Usage: smartmat", "Options:", "Commands:", "--data-dir=DIR", "Create a new, empty kitchen.");
        assertThat(Cli.run("slots", "book", "--help").out()).contains("--date=DATO", "--window=TT:MM-TT:MM", "loggføres");
        assertThat(Cli.run("slots", "book", "--help", "--lang", "en").out()).contains("--date=DATE", "(logged)");
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
        for (Locale locale : List.of(Messages.NORWEGIAN, Messages.ENGLISH)) {
            CommandLine cl = SmartMatCommand.commandLine(Map.of());
            CliLanguage.apply(cl, locale);
            List<String> undescribed = new ArrayList<>();
            walk(cl.getCommandSpec(), undescribed);
            assertThat(undescribed).as("without a description in " + locale).isEmpty();
        }
    }

    private static void walk(CommandSpec spec, List<String> undescribed) {
        if (spec.usageMessage().hidden()) {
            return;
        }
        if (spec.usageMessage().header().length == 0) {
            undescribed.add(spec.qualifiedName() + " (header)");
        }
        for (ArgSpec arg : spec.args()) {
            if (arg.description().length == 0 || arg.description()[0].isBlank()) {
                undescribed.add(spec.qualifiedName() + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName()
                        : arg.paramLabel()));
            }
        }
        spec.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), undescribed));
    }

    @Test
    void aMistypedCommandIsNamedWithASuggestionInTheUsersLanguage() {
        Cli.Run nb = Cli.run("infoo");
        Cli.Run en = Cli.run("--lang", "en", "infoo");

        assertThat(nb.exit()).isEqualTo(2);
        assertThat(nb.err()).contains("«infoo»", "Mente du info", NB.get("cli.usage.seeHelp", "smartmat"))
                .doesNotContain("Unmatched", "Usage");
        assertThat(en.err()).contains("\"infoo\"", "Unknown argument").doesNotContain("Ukjent");
    }

    @Test
    void aBadDateSaysWhatWasGivenAndWhatIsExpectedWithoutJavasNames() {
        Cli.Run run = Cli.in(dir, "slots", "--date", "31.11.2026");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--date", "«31.11.2026»", NB.get("cli.usage.expected.date"));
        assertNoJava(run);
        assertThat(Cli.in(dir, "--lang", "en", "haccp", "report", "--from", "2026-13-01", "--to", "today", "--out", "x.pdf").err())
                .contains("--from", "\"2026-13-01\"", EN.get("cli.usage.expected.date"));
    }

    @Test
    void missingOptionsValuesAndConflictsAreNamedByTheirOptions() {
        Cli.Run missing = Cli.in(dir, "slots", "book", "--date", "i morgen");
        Cli.Run noValue = Cli.in(dir, "slots", "--date");
        Cli.Run both = Cli.in(dir, "plan", "--scenario", "dag.json", "--date", "i dag");
        Cli.Run notANumber = Cli.in(dir, "plan", "--date", "i dag", "--seconds", "ti");
        Cli.Run badChoice = Cli.in(dir, "users", "add", "--username", "ola", "--name", "Ola", "--role", "kokk");
        Cli.Run noSubcommand = Cli.in(dir, "users");

        assertThat(List.of(missing, noValue, both, notANumber, badChoice, noSubcommand)).allSatisfy(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertNoJava(r);
        });
        assertThat(missing.err()).contains("--client NUMMER", "--window TT:MM-TT:MM");
        assertThat(noValue.err()).contains(NB.get("cli.usage.missingValue", "--date", "--date DATO"));
        assertThat(both.err()).contains(NB.get("cli.usage.exclusive", "--scenario, --date"));
        assertThat(notANumber.err()).contains("«ti»", NB.get("cli.usage.expected.integer"));
        assertThat(badChoice.err()).contains("«kokk»", "COORDINATOR");
        assertThat(noSubcommand.err()).contains(NB.get("cli.usage.missingSubcommand", "list, add"));
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Cli.Run run = Cli.run("--lang", "de", "--help");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("«de»", "nb, en");
    }

    @Test
    void messagesOfTheCommandsFollowLangToo() {
        Path nowhere = dir.resolve("finnes-ikke");
        assertThat(Cli.in(nowhere, "info").err()).isEqualTo(NB.get("cli.noKitchen", nowhere) + System.lineSeparator());
        assertThat(Cli.in(nowhere, "--lang", "en", "info").err()).isEqualTo(EN.get("cli.noKitchen", nowhere) + System.lineSeparator());
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTraceAndTheDetailsGoToAFile() {
        String line = Unexpected.report(new IllegalStateException("wrapper", new java.io.IOException("disken er full")), NB);
        assertThat(line).startsWith("Uventet feil: disken er full.").doesNotContain("IOException", "IllegalState", "\n\tat ");
        String file = line.substring(line.lastIndexOf(' ') + 1).replaceAll("\\.$", "");
        assertThat(Path.of(file)).exists().content().contains("java.io.IOException: disken er full", "\tat ");
    }

    @Test
    void aRunBuildsOnlyTheCommandItRunsButHelpAndTyposSeeThemAll() {
        assertThat(SmartMatCommand.subcommandsFor(new String[] {"--data-dir", "/tmp/x", "--lang", "en", "info"}))
                .containsExactly(InfoCommand.class);
        assertThat(SmartMatCommand.subcommandsFor(new String[] {"slots", "book", "--help"})).containsExactly(SlotsCommand.class);
        assertThat(SmartMatCommand.subcommandsFor(new String[] {"--version"})).isEmpty();
        assertThat(SmartMatCommand.subcommandsFor(new String[] {"--demo"})).isEmpty();
        assertThat(SmartMatCommand.subcommandsFor(new String[] {"--help"})).hasSameSizeAs(SmartMatCommand.COMMANDS.values());
        assertThat(SmartMatCommand.subcommandsFor(new String[] {"help", "slots"})).hasSameSizeAs(SmartMatCommand.COMMANDS.values());
        assertThat(SmartMatCommand.subcommandsFor(new String[] {"infoo"})).hasSameSizeAs(SmartMatCommand.COMMANDS.values());
    }

    @Test
    void planPrintsItsProgressInWordsNotTheSolversScore() {
        Cli.Run run = Cli.run("plan", "--solomon", "C101", "--seconds", "1");

        assertThat(run.exit()).as(run.err()).isIn(0, 3);
        assertThat(run.err()).contains("av 100 stopp plassert", " km · ").doesNotContain("hard", "soft");
        assertThat(run.out()).contains("100 stopp plassert").doesNotContain("hard/", "poeng");
    }

    @Test
    void theHiddenTrainingCommandIsNotInTheHelp() {
        assertThat(Cli.run("--help").out()).doesNotContain("aot-training");
    }

    private static void assertNoJava(Cli.Run run) {
        assertThat(run.out() + run.err()).doesNotContain("Exception", "java.", "Optional[", "Unmatched", "Missing required",
                "Invalid value", "mutually exclusive");
    }
}
