package no.smartmat.console.app.cli;

import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.Outcome;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.Client;
import no.smartmat.console.fleet.Area;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.slots.DaySlots;
import no.smartmat.console.slots.Offer;
import no.smartmat.console.slots.SlotFormats;
import no.smartmat.console.slots.TimeWindow;
import no.smartmat.console.slots.WindowState;
import no.smartmat.console.access.CurrentUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code smartmat slots}: a day's delivery windows with booked/capacity; offering and booking a window headless. */
@Command(name = "slots", mixinStandardHelpOptions = true,
        subcommands = {SlotsCommand.OfferWindows.class, SlotsCommand.Book.class})
final class SlotsCommand extends HeadlessCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "DATE")
    Optional<DayArgument> date = Optional.empty();

    @Option(names = "--area", paramLabel = "NAME")
    Optional<String> area = Optional.empty();

    @Override
    public Integer call() {
        AppContext app = open();
        Messages m = messages();
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day = date.map(d -> day(d, app)).orElse(LocalDate.now(app.clock()));
        Optional<Long> areaId = Optional.empty();
        if (area.isPresent()) {
            Optional<Area> found = app.fleet().areas().stream().filter(a -> a.name().equalsIgnoreCase(area.get().strip())).findFirst();
            if (found.isEmpty()) {
                err("slots.cli.unknownArea", area.get());
                return 1;
            }
            areaId = Optional.of(found.get().id());
        }
        List<DaySlots> days = app.slots().days(day, day, areaId);
        var deadline = app.slots().cutoff().deadline(day);
        out.println(m.get("slots.cli.heading", SlotFormats.day(day), SlotFormats.wallClock(deadline),
                app.slots().cutoff().isPast(day, app.clock().instant()) ? 1 : 0));
        if (days.isEmpty()) {
            out.println(m.get("slots.cli.none"));
            return 0;
        }
        int booked = 0, capacity = 0;
        for (DaySlots d : days) {
            out.println(d.closedReason().map(r -> m.get("slots.cli.areaClosed", d.areaName(), r)).orElse(d.areaName()));
            for (WindowState w : d.windows()) {
                String note = !w.isOpen() ? m.get("slots.cli.windowClosed", w.exceptionReason().orElse(""))
                        : (w.isFull() ? m.get("slots.cli.full") + " " : "")
                        + (w.window().equals(d.defaultWindow().orElse(null))
                                ? m.get("slots.cli.default", d.withoutWindow().size()) : "")
                        + w.exceptionReason().map(r -> " (" + r + ")").orElse("");
                out.println(String.format("  %-13s %4d/%-4d %s", w.window(), w.booked(), w.capacity(), note.strip()).stripTrailing());
                booked += w.booked();
                capacity += w.capacity();
            }
            if (!d.offersDelivery()) {
                out.println("  " + m.get("slots.cli.noDelivery", d.unplaced().size() + d.withoutWindow().size()));
            } else if (!d.unplaced().isEmpty()) {
                out.println("  " + m.get("slots.cli.unplaced", d.unplaced().size()));
            }
        }
        out.println(m.get("slots.cli.total", booked, capacity, days.size()));
        return 0;
    }

    static Client client(AppContext app, String number, Messages m) {
        return app.clients().byNumber(number.strip())
                .orElseThrow(() -> new CliFailure(m.get("slots.cli.unknownClient", number)));
    }

    static TimeWindow window(String text, Messages m) {
        String[] parts = text.strip().split("\\s*[-–]\\s*");
        try {
            if (parts.length == 2) {
                return new TimeWindow(time(parts[0]), time(parts[1]));
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new CliFailure(m.get("slots.cli.badWindow", text));
    }

    private static LocalTime time(String text) {
        return text.contains(":") ? LocalTime.parse(text.length() == 4 ? "0" + text : text)
                : LocalTime.of(Integer.parseInt(text), 0);
    }

    @Command(name = "offer", mixinStandardHelpOptions = true)
    static final class OfferWindows extends HeadlessCommand implements Callable<Integer> {

        @Option(names = "--client", required = true, paramLabel = "NUMBER")
        String clientNumber;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        DayArgument date;

        @Override
        public Integer call() {
            AppContext app = open();
            Messages m = messages();
            PrintWriter out = spec.commandLine().getOut();
            Client client = client(app, clientNumber, m);
            LocalDate date = day(this.date, app);
            long started = System.nanoTime();
            Offer offer = app.slots().offer(client.id(), date).orElseThrow();
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.println(m.get("slots.cli.offerHeading", client.name(), client.clientNumber(), SlotFormats.day(date)));
            offer.notices().forEach(n -> out.println("  " + m.render(n)));
            for (Offer.WindowOffer w : offer.windows()) {
                out.printf("  %-13s %-18s %s%s%s%n", w.window(), m.get("slots.availability." + w.availability()),
                        m.render(w.reason()), w.current() ? "  " + m.get("slots.cli.current") : "",
                        w.green() ? "  " + m.get("slots.cli.green") : "");
            }
            out.println(m.get("slots.cli.offerTiming", String.valueOf(millis),
                    offer.planChecked() ? m.get("slots.cli.planChecked") : m.get("slots.cli.noPlan")));
            return 0;
        }
    }

    @Command(name = "book", mixinStandardHelpOptions = true)
    static final class Book extends HeadlessCommand implements Callable<Integer> {

        @Option(names = "--client", required = true, paramLabel = "NUMBER") String clientNumber;
        @Option(names = "--date", required = true, paramLabel = "DATE") DayArgument date;
        @Option(names = "--window", required = true, paramLabel = "HH:MM-HH:MM") String window;
        @Option(names = "--standing") boolean standing;
        @Option(names = "--override-cutoff") boolean override;

        @Override
        public Integer call() {
            AppContext app = open();
            Messages m = messages();
            Client client = client(app, clientNumber, m);
            TimeWindow w = window(window, m);
            LocalDate date = day(this.date, app);
            CurrentUser me = CurrentUser.headless();
            Outcome<UserMessage> result = standing ? app.bookings().setStanding(client.id(), w, date, override, me)
                    : app.bookings().book(client.id(), date, w, override, me);
            return switch (result) {
                case Outcome.Done<UserMessage> done -> {
                    spec.commandLine().getOut().println(m.render(done.value()));
                    done.notices().forEach(n -> spec.commandLine().getOut().println(m.render(n)));
                    yield 0;
                }
                case Outcome.Refused<UserMessage> refused -> {
                    spec.commandLine().getErr().println(m.render(refused.reason()));
                    refused.errors().forEach(e -> spec.commandLine().getErr().println(m.render(e.message())));
                    refused.remedy(Outcome.Surface.COMMAND_LINE).ifPresent(r -> spec.commandLine().getErr().println(m.render(r)));
                    yield 1;
                }
            };
        }
    }
}
