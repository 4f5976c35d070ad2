package no.smartmat.console.slots.ui;

import no.smartmat.console.clients.ClientService;
import no.smartmat.console.slots.SlotTemplateService;
import no.smartmat.console.slots.BookingService;
import no.smartmat.console.slots.SlotService;
import no.smartmat.console.fleet.FleetService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.fleet.Area;
import no.smartmat.console.slots.DaySlots;
import no.smartmat.console.tasks.BackgroundTask;

/**
 * "Leveringsvinduer": a week calendar of every area's windows with booked/capacity (or one area's), and beside
 * it who is booked in the chosen window, booking a client, and the area's templates and exceptions.
 */
public final class SlotsScreen implements Screen {

    private final UiContext ui;
    private final FleetService fleet;
    private final SlotService slots;
    private final BookingService bookings;
    private final SlotTemplateService templateService;
    private final ClientService clients;
    private final String allAreas;
    private final ComboBox<String> areaChoice = new ComboBox<>();
    private final Label weekLabel = new Label();
    private final Label status = new Label();
    private final WeekBoard board;
    private final DrillDownPane drillDown;
    private final BookingPane booking;
    private final TemplatesPane templates;
    private final TabPane tabs = new TabPane();
    private final Tab bookingsTab;
    private final Tab bookTab;
    private final VBox root;
    private List<Area> areas = List.of();
    private List<DaySlots> week = List.of();
    private LocalDate monday;
    private Optional<WeekBoard.Selection> selection = Optional.empty();

    public SlotsScreen(UiContext ui, FleetService fleet, SlotService slots, BookingService bookings, SlotTemplateService templateService, ClientService clients) {
        this.ui = ui;
        this.fleet = fleet;
        this.slots = slots;
        this.bookings = bookings;
        this.templateService = templateService;
        this.clients = clients;
        this.allAreas = ui.tr("slots.allAreas");
        this.monday = monday(LocalDate.now(ui.clock()));
        this.board = new WeekBoard(ui, this::select);
        this.booking = new BookingPane(ui, clients, slots, bookings, this::reloadWeek);
        this.drillDown = new DrillDownPane(ui, bookings, this::reloadWeek, this::bookElsewhere);
        this.templates = new TemplatesPane(ui, templateService, this::reloadWeek);

        Label title = new Label(ui.tr("slots.title"));
        title.getStyleClass().add("title-2");
        areaChoice.setId("slots-area");
        areaChoice.setPrefWidth(190);
        areaChoice.valueProperty().addListener((o, a, b) -> areaChanged());
        Button previous = new Button(ui.tr("slots.week.previous"));
        previous.setId("slots-prev-week");
        previous.setOnAction(e -> moveWeek(-1));
        Button next = new Button(ui.tr("slots.week.next"));
        next.setId("slots-next-week");
        next.setOnAction(e -> moveWeek(1));
        Button thisWeek = new Button(ui.tr("slots.week.this"));
        thisWeek.setId("slots-this-week");
        thisWeek.setOnAction(e -> {
            monday = monday(LocalDate.now(ui.clock()));
            reloadWeek();
        });
        weekLabel.setId("slots-week-label");
        weekLabel.getStyleClass().add("title-4");
        weekLabel.setMinWidth(Region.USE_PREF_SIZE);
        for (var control : List.of(previous, next, thisWeek)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(10, title, spacer, areaChoice, previous, weekLabel, next, thisWeek);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        status.setId("slots-status");
        status.getStyleClass().add("slot-muted");

        ScrollPane boardScroll = new ScrollPane(board.node());
        boardScroll.setFitToHeight(false);
        boardScroll.getStyleClass().add("edge-to-edge");
        bookingsTab = new Tab(ui.tr("slots.tab.bookings"), drillDown.node());
        bookingsTab.setId("slots-tab-bookings");
        bookTab = new Tab(ui.tr("slots.tab.book"), booking.node());
        bookTab.setId("slots-tab-book");
        Tab templatesTab = new Tab(ui.tr("slots.tab.templates"), templates.node());
        templatesTab.setId("slots-tab-templates");
        tabs.getTabs().addAll(bookingsTab, bookTab, templatesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("slots-tabs");
        tabs.setMinWidth(430);
        SplitPane split = new SplitPane(boardScroll, tabs);
        split.setDividerPositions(0.63);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(8, titleRow, status, split);
        root.getStylesheets().add(SlotsScreen.class.getResource("/ui/slots.css").toExternalForm());
    }

    /** From the drill-down: book this client, in the booking tab. */
    private void bookElsewhere(no.smartmat.console.slots.ClientRef client) {
        tabs.getSelectionModel().select(bookTab);
        booking.chooseClient(client.id());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.loading"), p -> fleet.areas(),
                loaded -> {
                    areas = loaded.stream().filter(Area::active).toList();
                    String chosen = areaChoice.getValue();
                    areaChoice.getItems().setAll(areas.stream().map(Area::name).toList());
                    areaChoice.getItems().addFirst(allAreas);
                    areaChoice.setValue(chosen == null || !areaChoice.getItems().contains(chosen) ? allAreas : chosen);
                    reloadWeek();
                },
                e -> status.setText(ui.tr("slots.loadFailed", e.getMessage()))));
        booking.reloadClients();
    }

    private Optional<Area> area() {
        String name = areaChoice.getValue();
        return areas.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private void areaChanged() {
        Optional<Area> a = area();
        booking.setArea(a.map(Area::name));
        templates.show(a);
        if (!areas.isEmpty()) {
            reloadWeek();
        }
    }

    private void moveWeek(int weeks) {
        monday = monday.plusWeeks(weeks);
        reloadWeek();
    }

    /** Reads the week again (after any change) and keeps the chosen window, if it is still there. */
    private void reloadWeek() {
        LocalDate from = monday;
        Optional<Long> areaId = area().map(Area::id);
        weekLabel.setText(ui.tr("slots.week.label", String.valueOf(from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                SlotUi.date(ui, from, "d.M."), SlotUi.date(ui, from.plusDays(6), "d.M.yyyy")));
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.loading"), p -> slots.week(from, areaId),
                days -> {
                    week = days;
                    board.select(selection);
                    board.show(from, days);
                    int booked = days.stream().mapToInt(DaySlots::booked).sum();
                    int capacity = days.stream().mapToInt(DaySlots::capacity).sum();
                    status.setText(days.isEmpty() ? ui.tr("slots.status.none")
                            : ui.tr("slots.status.week", booked, capacity, days.size()));
                    refreshSelection();
                },
                e -> status.setText(ui.tr("slots.loadFailed", e.getMessage()))));
    }

    private void select(WeekBoard.Selection chosen) {
        selection = Optional.of(chosen);
        refreshSelection();
        booking.setDate(chosen.date());
        tabs.getSelectionModel().select(bookingsTab);
    }

    private void refreshSelection() {
        Optional<DaySlots> day = selection.flatMap(s -> week.stream()
                .filter(d -> d.areaId() == s.areaId() && d.date().equals(s.date())).findFirst());
        Optional<no.smartmat.console.slots.WindowState> window = day.flatMap(d -> d.window(selection.get().window()));
        if (window.isPresent()) {
            drillDown.show(day.get(), window.get());
        } else {
            drillDown.clear();
        }
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
