package no.smartmat.console.slots.ui;

import no.smartmat.console.validation.Outcome;
import no.smartmat.console.slots.BookingService;
import no.smartmat.console.clients.ClientService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.clients.Client;
import no.smartmat.console.clients.ClientFilter;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.slots.DeliveryPause;
import no.smartmat.console.slots.Offer;
import no.smartmat.console.slots.SlotService;
import no.smartmat.console.slots.StandingBooking;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;

/**
 * "Book bruker": find a client, pick the date, see each window of their area as available / full / closed /
 * not feasible with the reason (green where a route passes by), and book one, for the date or every week.
 * Below: the client's standing booking and temporary stops.
 */
final class BookingPane {

    private final UiContext ui;
    private final ClientService clients;
    private final SlotService slots;
    private final BookingService bookings;
    private final Runnable changed;
    private final ObservableList<Client> all = FXCollections.observableArrayList();
    private final FilteredList<Client> filtered = new FilteredList<>(all);
    private final TextField search = new TextField();
    private final ListView<Client> list = new ListView<>(filtered);
    private final TextField date = new TextField();
    private final CheckBox standing = new CheckBox();
    private final CheckBox override = new CheckBox();
    private final Label offerTitle = new Label();
    private final VBox offerBox = new VBox();
    private final Label message = new Label();
    private final Label standingInfo = new Label();
    private final Button endStanding = new Button();
    private final ListView<DeliveryPause> pauses = new ListView<>();
    private final Button endPause = new Button();
    private final FormGrid pauseForm = new FormGrid();
    private final TextField pauseFrom = new TextField(), pauseTo = new TextField(), pauseReason = new TextField();
    private final Label pauseMessage = new Label();
    private final ScrollPane root;
    private Optional<String> areaName = Optional.empty();
    private Optional<Client> client = Optional.empty();
    private Optional<Offer> offer = Optional.empty();

    BookingPane(UiContext ui, ClientService clients, SlotService slots, BookingService bookings, Runnable changed) {
        this.ui = ui;
        this.clients = clients;
        this.slots = slots;
        this.bookings = bookings;
        this.changed = changed;
        boolean mayChange = ui.user().role().canPlan();

        search.setId("slots-client-search");
        search.setPromptText(ui.tr("slots.book.searchPrompt"));
        search.textProperty().addListener((o, a, b) -> refilter());
        list.setId("slots-client-list");
        list.setPrefHeight(150);
        list.setMinHeight(110);
        list.setPlaceholder(new Label(ui.tr("slots.book.noClients")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Client c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : ui.tr("slots.book.clientLine", c.clientNumber(), c.name(),
                        c.data().address(), c.data().areaName().orElse("–")));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !Optional.of(now).equals(client)) {
                choose(now);
            }
        });
        date.setId("slots-book-date");
        date.setPromptText(ui.tr("slots.book.datePrompt"));
        date.setPrefColumnCount(10);
        date.setOnAction(e -> refresh());
        Button show = new Button(ui.tr("slots.book.show"));
        show.setId("slots-show-offer");
        show.setOnAction(e -> refresh());
        Label dateLabel = new Label(ui.tr("slots.book.date"));
        dateLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox dateRow = new HBox(8, dateLabel, date, show);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        standing.setText(ui.tr("slots.book.standing"));
        standing.setId("slots-book-standing");
        override.setText(ui.tr("slots.override"));
        override.setId("slots-book-override");
        override.selectedProperty().addListener((o, a, b) -> offer.ifPresent(this::render));
        standing.setDisable(!mayChange);
        override.setDisable(!mayChange);
        offerTitle.getStyleClass().add("title-4");
        offerTitle.setId("slots-offer-title");
        offerTitle.setWrapText(true);
        offerBox.setId("slots-offer");
        message.setId("slots-book-message");
        message.setWrapText(true);

        Label clientTitle = new Label(ui.tr("slots.book.clientSection"));
        clientTitle.getStyleClass().add("title-4");
        standingInfo.setId("slots-standing-info");
        standingInfo.setWrapText(true);
        endStanding.setText(ui.tr("slots.book.endStanding"));
        endStanding.setId("slots-end-standing");
        endStanding.setOnAction(e -> endStanding());
        pauses.setId("slots-pauses");
        pauses.setPrefHeight(70);
        pauses.setPlaceholder(new Label(ui.tr("slots.book.noPauses")));
        pauses.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DeliveryPause p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : ui.tr("slots.book.pauseLine", SlotUi.date(ui, p.from(), "d.M.yyyy"),
                        SlotUi.date(ui, p.to(), "d.M.yyyy"), p.reason()));
            }
        });
        endPause.setText(ui.tr("slots.book.endPause"));
        endPause.setId("slots-end-pause");
        endPause.setOnAction(e -> endPause());
        endPause.disableProperty().bind(pauses.getSelectionModel().selectedItemProperty().isNull());
        pauseFrom.setPromptText(ui.tr("slots.book.datePrompt"));
        pauseTo.setPromptText(ui.tr("slots.book.datePrompt"));
        pauseForm.add("from", ui.tr("slots.book.pauseFrom"), pauseFrom);
        pauseForm.add("to", ui.tr("slots.book.pauseTo"), pauseTo);
        pauseForm.add("reason", ui.tr("slots.book.pauseReason"), pauseReason);
        Button addPause = new Button(ui.tr("slots.book.addPause"));
        addPause.setId("slots-add-pause");
        addPause.setOnAction(e -> addPause());
        addPause.setDisable(!mayChange);
        pauseMessage.setId("slots-pause-message");
        pauseMessage.setWrapText(true);

        standing.setWrapText(true);
        override.setWrapText(true);
        VBox content = new VBox(8, search, list, dateRow, standing, override, offerTitle, offerBox, message,
                new Separator(), clientTitle, standingInfo, endStanding, pauses, endPause, pauseForm.node(), addPause,
                pauseMessage);
        content.setPadding(new Insets(10));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        showClient();
    }

    Node node() {
        return root;
    }

    /** Loads the client register (after changes elsewhere, e.g. a new client). */
    void reloadClients() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.loading"), p -> clients.all(),
                clients -> {
                    Optional<Long> keep = client.map(Client::id);
                    all.setAll(clients);
                    client = keep.flatMap(id -> clients.stream().filter(c -> c.id() == id).findFirst());
                    refilter();
                },
                e -> SlotUi.error(message, ui.tr("slots.loadFailed", e.getMessage()))));
    }

    void setArea(Optional<String> area) {
        this.areaName = area;
        refilter();
    }

    /** The calendar's chosen day becomes the booking date. */
    void setDate(LocalDate day) {
        date.setText(SlotUi.INPUT_DATE.format(day));
        if (client.isPresent()) {
            refresh();
        }
    }

    /** Another part of the screen asks to book this client (drill-down "book elsewhere"). */
    void chooseClient(long clientId) {
        all.stream().filter(c -> c.id() == clientId).findFirst().ifPresent(c -> {
            search.setText(c.clientNumber());
            list.getSelectionModel().select(c);
            choose(c);
        });
    }

    private void refilter() {
        ClientFilter filter = new ClientFilter(search.getText(), areaName, false, LocalDate.now(ui.clock()));
        filtered.setPredicate(filter::matches);
    }

    private void choose(Client c) {
        client = Optional.of(c);
        message.setText("");
        pauseMessage.setText("");
        pauseForm.clearErrors();
        load(true);
    }

    private Optional<LocalDate> typedDate(List<FieldError> errors) {
        return Fields.date("date", date.getText(), errors);
    }

    /**
     * Asks for the client's offer and their standing booking and stops (off the FX thread). With no date
     * typed, the client's next delivery day is used.
     */
    void refresh() {
        load(false);
    }

    /**
     * {@code toDeliveryDay}: a client was just chosen; if their area has no delivery on the date in the field,
     * move to their next delivery day from that date (the calendar's day may be another area's).
     */
    private void load(boolean toDeliveryDay) {
        if (client.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> typed = typedDate(errors);
        if (!errors.isEmpty()) {
            SlotUi.error(message, ui.messages().render(errors.getFirst().message()));
            return;
        }
        long clientId = client.get().id();
        LocalDate today = LocalDate.now(ui.clock());
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.book.checking"),
                p -> {
                    Optional<SlotService.ClientSlots> clientSlots = slots.clientSlots(clientId);
                    Optional<Long> area = clientSlots.flatMap(s -> s.client().areaId());
                    LocalDate from = typed.filter(d -> !d.isBefore(today)).orElse(today);
                    LocalDate day = typed.isPresent() && !toDeliveryDay ? typed.get()
                            : area.flatMap(a -> slots.nextDeliveryDay(a, from)).orElse(typed.orElse(today));
                    return new Loaded(day, slots.offer(clientId, day), clientSlots);
                },
                loaded -> {
                    date.setText(SlotUi.INPUT_DATE.format(loaded.day()));
                    offer = loaded.offer();
                    loaded.offer().ifPresent(this::render);
                    showClient(loaded.slots());
                },
                e -> SlotUi.error(message, ui.tr("slots.loadFailed", e.getMessage()))));
    }

    private record Loaded(LocalDate day, Optional<Offer> offer, Optional<SlotService.ClientSlots> slots) {}

    private void render(Offer o) {
        offerTitle.setText(ui.tr("slots.book.offerTitle", o.client().name(), SlotUi.date(ui, o.date(), "EEEE d.M.yyyy")));
        offerBox.getChildren().clear();
        for (UserMessage notice : o.notices()) {
            Label l = new Label(ui.messages().render(notice));
            l.getStyleClass().add("slot-notice");
            l.setWrapText(true);
            offerBox.getChildren().add(l);
        }
        if (!o.planChecked() && !o.windows().isEmpty()) {
            Label noPlan = new Label(ui.tr("slots.book.noPlan"));
            noPlan.getStyleClass().add("slot-muted");
            noPlan.setWrapText(true);
            offerBox.getChildren().add(noPlan);
        }
        for (Offer.WindowOffer w : o.windows()) {
            offerBox.getChildren().add(row(o, w));
        }
    }

    private Node row(Offer o, Offer.WindowOffer w) {
        String id = SlotUi.windowId(w.window());
        Label window = new Label(w.window().toString());
        window.setMinWidth(Region.USE_PREF_SIZE);
        window.getStyleClass().add("text-bold");
        Label status = new Label(ui.tr("slots.availability." + w.availability()));
        status.setId("slots-offer-status-" + id);
        status.getStyleClass().addAll("slot-badge", w.availability().name());
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, window, status);
        top.setAlignment(Pos.CENTER_LEFT);
        if (w.green()) {
            Label green = new Label(ui.tr("slots.book.green"));
            green.setId("slots-offer-green-" + id);
            green.getStyleClass().addAll("slot-badge", "green");
            green.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(green);
        }
        if (w.current()) {
            Label current = new Label(ui.tr("slots.book.current"));
            current.getStyleClass().add("slot-muted");
            current.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(current);
        }
        Label reason = new Label(ui.messages().render(w.reason()));
        reason.setId("slots-offer-reason-" + id);
        reason.setWrapText(true);
        reason.getStyleClass().add("slot-muted");
        VBox text = new VBox(2, top, reason);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button book = new Button(ui.tr("slots.book.button"));
        book.setId("slots-book-" + id);
        book.setMinWidth(Region.USE_PREF_SIZE);
        book.setDisable(!ui.user().role().canPlan() || !w.bookable(override.isSelected()));
        if (w.availability() == Offer.Availability.AVAILABLE) {
            book.getStyleClass().add(w.green() ? "success" : "accent");
        }
        book.setOnAction(e -> book(o, w));
        HBox row = new HBox(10, text, book);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("slot-offer-row");
        if (w.current()) {
            row.getStyleClass().add("current");
        }
        return row;
    }

    private void book(Offer o, Offer.WindowOffer w) {
        boolean every = standing.isSelected();
        boolean late = override.isSelected();
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                p -> every ? bookings.setStanding(o.client().id(), w.window(), o.date(), late, ui.user())
                        : bookings.book(o.client().id(), o.date(), w.window(), late, ui.user()),
                result -> afterChange(message, result),
                e -> SlotUi.error(message, ui.tr("slots.saveFailed", e.getMessage()))));
    }

    private void afterChange(Label where, Outcome<UserMessage> result) {
        SlotUi.show(ui, where, result);
        if (result.isDone()) {
            override.setSelected(false);
        }
        changed.run();
        refresh();
    }

    private void showClient() {
        standingInfo.setText(ui.tr("slots.book.noClient"));
        endStanding.setDisable(true);
        pauses.getItems().clear();
    }

    private void showClient(Optional<SlotService.ClientSlots> slots) {
        if (slots.isEmpty()) {
            showClient();
            return;
        }
        LocalDate today = LocalDate.now(ui.clock());
        List<StandingBooking> current = slots.get().standing().stream()
                .filter(s -> s.validTo().map(t -> !t.isBefore(today)).orElse(true)).toList();
        standingInfo.setText(current.isEmpty() ? ui.tr("slots.book.noStanding", slots.get().client().name())
                : current.stream().map(s -> ui.tr("slots.book.standingLine", s.window().toString(),
                        SlotUi.date(ui, s.validFrom().with(java.time.temporal.TemporalAdjusters.nextOrSame(s.weekday())), "EEEE"),
                        SlotUi.date(ui, s.validFrom(), "d.M.yyyy"),
                        s.validTo().map(t -> ui.tr("slots.book.standingUntil", SlotUi.date(ui, t, "d.M.yyyy"))).orElse("")))
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
        endStanding.setDisable(current.isEmpty() || !ui.user().role().canPlan());
        pauses.getItems().setAll(slots.get().pauses().stream().filter(p -> !p.to().isBefore(today)).toList());
    }

    private void endStanding() {
        client.ifPresent(c -> {
            List<FieldError> errors = new ArrayList<>();
            LocalDate from = typedDate(errors).orElse(LocalDate.now(ui.clock()));
            boolean late = override.isSelected();
            ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                    p -> bookings.endStanding(c.id(), from, late, ui.user()),
                    result -> afterChange(message, result),
                    e -> SlotUi.error(message, ui.tr("slots.saveFailed", e.getMessage()))));
        });
    }

    private void endPause() {
        DeliveryPause p = pauses.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        boolean late = override.isSelected();
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                x -> bookings.endPause(p.id(), late, ui.user()),
                result -> afterChange(pauseMessage, result),
                e -> SlotUi.error(pauseMessage, ui.tr("slots.saveFailed", e.getMessage()))));
    }

    private void addPause() {
        if (client.isEmpty()) {
            SlotUi.error(pauseMessage, ui.tr("slots.book.noClient"));
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> from = Fields.date("from", pauseFrom.getText(), errors);
        Optional<LocalDate> to = Fields.date("to", pauseTo.getText(), errors);
        if (Fields.trim(pauseFrom.getText()).isEmpty()) {
            errors.add(FieldError.of("from", "", "validation.required"));
        }
        if (Fields.trim(pauseTo.getText()).isEmpty()) {
            errors.add(FieldError.of("to", "", "validation.required"));
        }
        if (!errors.isEmpty()) {
            pauseForm.showErrors(errors, ui.messages());
            SlotUi.error(pauseMessage, ui.tr("slots.book.fixPause"));
            return;
        }
        long clientId = client.get().id();
        String reason = pauseReason.getText();
        boolean late = override.isSelected();
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                p -> bookings.pause(clientId, from.get(), to.get(), reason, late, ui.user()),
                result -> {
                    if (result instanceof Outcome.Refused<UserMessage> r) {
                        pauseForm.showErrors(r.errors(), ui.messages());
                    } else {
                        pauseForm.clearErrors();
                        pauseFrom.clear();
                        pauseTo.clear();
                        pauseReason.clear();
                    }
                    afterChange(pauseMessage, result);
                },
                e -> SlotUi.error(pauseMessage, ui.tr("slots.saveFailed", e.getMessage()))));
    }
}
