package no.smartmat.console.app.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Stack;
import no.smartmat.console.validation.Fields;
import picocli.CommandLine.TypeConversionException;

/**
 * A day as written after {@code --date}, {@code --from} and the like: {@code 24.11.2026} or {@code 2026-11-24} (the
 * same parser as the order files and the screens' date fields), or a word for a day relative to today. The words wait
 * for the kitchen's clock: which day "i dag" is depends on the kitchen's time zone, known only once its folder is
 * read, after the command line has been parsed.
 *
 * @param date          the date written out, if one was
 * @param daysFromToday for a word: 0 today, 1 tomorrow, -1 yesterday
 */
public record DayArgument(Optional<LocalDate> date, int daysFromToday) {

    public static DayArgument of(LocalDate date) {
        return new DayArgument(Optional.of(date), 0);
    }

    /** The picocli converter of every day option; a refusal is worded by {@link UsageErrors}, which knows the language. */
    public static DayArgument parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        switch (word) {
            case "idag", "today" -> {
                return new DayArgument(Optional.empty(), 0);
            }
            case "imorgen", "tomorrow" -> {
                return new DayArgument(Optional.empty(), 1);
            }
            case "igår", "igar", "yesterday" -> {
                return new DayArgument(Optional.empty(), -1);
            }
            default -> {
                return Fields.date("date", text, new ArrayList<>()).map(DayArgument::of)
                        .orElseThrow(() -> new TypeConversionException(text));
            }
        }
    }

    /**
     * Lets {@code --date i dag} work without quotes: the shell hands over "i" and "dag" as two words, which are joined
     * again when they follow one of {@code dayOptions}. {@code args} is picocli's stack, the next argument on top.
     */
    static void joinWords(Stack<String> args, Set<String> dayOptions) {
        List<String> inOrder = new ArrayList<>(args.reversed());
        boolean joined = false;
        for (int i = 1; i + 1 < inOrder.size(); i++) {
            if (dayOptions.contains(inOrder.get(i - 1)) && inOrder.get(i).equalsIgnoreCase("i")
                    && WORDS_AFTER_I.contains(inOrder.get(i + 1).toLowerCase(Locale.ROOT))) {
                inOrder.set(i, inOrder.get(i) + " " + inOrder.remove(i + 1));
                joined = true;
            }
        }
        if (joined) {
            args.clear();
            inOrder.reversed().forEach(args::push);
        }
    }

    private static final Set<String> WORDS_AFTER_I = Set.of("dag", "morgen", "går", "gar");

    /** The day this stands for, with "today" taken from {@code kitchenClock} (which carries the kitchen's zone). */
    public LocalDate on(Clock kitchenClock) {
        return date.orElseGet(() -> LocalDate.now(kitchenClock).plusDays(daysFromToday));
    }
}
