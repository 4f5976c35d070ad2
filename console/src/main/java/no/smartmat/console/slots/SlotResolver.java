package no.smartmat.console.slots;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Template + exceptions = the windows of one area on one date. The rules, in order:
 * <ol>
 *   <li>an exception without a window closes the whole day (the newest such exception gives the reason);</li>
 *   <li>an exception for a template's window replaces its capacity for that date (0 closes the window);</li>
 *   <li>an exception for another window adds that window for that date;</li>
 *   <li>of several exceptions for the same window, the newest counts.</li>
 * </ol>
 */
public final class SlotResolver {

    private SlotResolver() {}

    /**
     * @param templates  the area's templates (any weekday; only {@code date}'s weekday is used)
     * @param exceptions the area's exceptions (any date; only {@code date}'s are used)
     */
    public static ResolvedDay resolve(LocalDate date, List<SlotTemplate> templates, List<SlotException> exceptions) {
        List<SlotException> today = exceptions.stream().filter(e -> e.date().equals(date))
                .sorted(Comparator.comparingLong(SlotException::id)).toList();
        Optional<SlotException> closing = today.stream().filter(SlotException::closesDay).reduce((a, b) -> b);
        if (closing.isPresent()) {
            return ResolvedDay.closed(closing.get().reason());
        }
        Map<TimeWindow, ResolvedDay.Window> windows = new LinkedHashMap<>();
        templates.stream().filter(t -> t.weekday() == date.getDayOfWeek()).forEach(t ->
                windows.put(t.window(), new ResolvedDay.Window(t.window(), t.capacity(), t.isDefault(), Optional.empty())));
        for (SlotException e : today) {
            TimeWindow w = e.window().orElseThrow();
            boolean isDefault = Optional.ofNullable(windows.get(w)).map(ResolvedDay.Window::isDefault).orElse(false);
            windows.put(w, new ResolvedDay.Window(w, e.capacity(), isDefault, Optional.of(e.reason())));
        }
        return new ResolvedDay(List.copyOf(windows.values()), Optional.empty());
    }
}
