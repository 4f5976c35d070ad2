package no.smartmat.console.app.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import no.smartmat.console.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be understood, said in the user's language: what was wrong, with the option and value
 * as typed, what was expected, and where to read more. picocli's own messages are English sentences with Java type
 * names ("cannot convert '31.11.2026' to class java.time.LocalDate (java.time.format.DateTimeParseException ...)");
 * none of them reaches the terminal. Exit code 2, as picocli's.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private static final Pattern OPTION_NAME = Pattern.compile("--[a-z][a-z0-9-]*");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Locale locale = CliLanguage.of(args);
        Messages m = new Messages(locale);
        ResourceBundle help = CliLanguage.help(locale);
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(message(ex, m, help).strip());
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(m.get("cli.usage.didYouMean", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(m.get("cli.usage.seeHelp", cl.getCommandSpec().qualifiedName()));
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException ex, Messages m, ResourceBundle help) {
        String english = String.valueOf(ex.getMessage());
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        return switch (ex) {
            case UnmatchedArgumentException u -> m.get(u.isUnknownOption() ? "cli.usage.unknownOption" : "cli.usage.unmatched",
                    quoted(u.getUnmatched(), m), u.getUnmatched().size());
            case MissingParameterException missing when english.startsWith("Missing required parameter for")
                    || english.startsWith("Expected parameter") ->
                    m.get("cli.usage.missingValue", names(missing.getMissing(), help, true), names(missing.getMissing(), help, false));
            case MissingParameterException missing when english.contains("specify one of these") ->
                    m.get("cli.usage.missingOneOf", names(missing.getMissing(), help, false));
            case MissingParameterException missing -> m.get("cli.usage.missing", names(missing.getMissing(), help, false),
                    missing.getMissing().size());
            case MutuallyExclusiveArgsException e -> m.get("cli.usage.exclusive", optionNames(english));
            case OverwrittenOptionException e -> m.get("cli.usage.onlyOnce",
                    e.getOverwritten() == null ? optionNames(english) : names(List.of(e.getOverwritten()), help, true));
            default -> {
                if (english.equals("Missing required subcommand")) {
                    yield m.get("cli.usage.missingSubcommand", String.join(", ", spec.subcommands().keySet().stream()
                            .filter(name -> !name.equals("help")).toList()));
                }
                if (english.startsWith("Unknown subcommand")) {
                    yield m.get("cli.usage.unknownCommand", quoted(List.of(String.valueOf(ex.getValue())), m));
                }
                if (ex.getArgSpec() != null && ex.getValue() != null) {
                    yield m.get("cli.usage.invalidValue", names(List.of(ex.getArgSpec()), help, true), ex.getValue(),
                            expected(ex.getArgSpec(), m));
                }
                // picocli has more messages than the ones above; one that gets here is shown without its English
                String names = optionNames(english);
                yield m.get("cli.usage.notUnderstood", names.isEmpty() ? "" : " (" + names + ")");
            }
        };
    }

    /** What a value of this option looks like, in words. */
    private static String expected(ArgSpec arg, Messages m) {
        Class<?> type = arg.typeInfo().getType();
        if (type == java.util.Optional.class && !arg.typeInfo().getAuxiliaryTypeInfos().isEmpty()) {
            type = arg.typeInfo().getAuxiliaryTypeInfos().getFirst().getType();
        }
        if (type == DayArgument.class) {
            return m.get("cli.usage.expected.date");
        }
        if (type == Locale.class) {
            return m.get("cli.usage.expected.choice", "nb, en");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return m.get("cli.usage.expected.integer");
        }
        if (arg.completionCandidates() != null) {
            List<String> candidates = StreamSupport.stream(arg.completionCandidates().spliterator(), false).toList();
            if (!candidates.isEmpty()) {
                return m.get("cli.usage.expected.choice", String.join(", ", candidates));
            }
        }
        return "";
    }

    private static String names(Collection<ArgSpec> args, ResourceBundle help, boolean nameOnly) {
        Set<String> names = new LinkedHashSet<>();
        for (ArgSpec arg : args) {
            names.add(nameOnly && arg instanceof OptionSpec o ? o.longestName() : CliLanguage.describe(arg, help));
        }
        return String.join(", ", names);
    }

    private static String optionNames(String english) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = OPTION_NAME.matcher(english);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return String.join(", ", names);
    }

    private static String quoted(List<String> values, Messages m) {
        return values.stream().map(v -> m.get("cli.usage.quoted", v)).collect(Collectors.joining(", "));
    }
}
