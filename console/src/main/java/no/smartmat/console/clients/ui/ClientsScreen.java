package no.smartmat.console.clients.ui;

import no.smartmat.console.clients.ClientRegisterImport;
import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.clients.ClientService;
import no.smartmat.console.ui.Columns;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.clients.Client;
import no.smartmat.console.clients.ClientData;
import no.smartmat.console.clients.ClientFilter;
import no.smartmat.console.clients.ClientForm;
import no.smartmat.console.fleet.Area;
import no.smartmat.console.fleet.Driver;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/** "Brukere": the client register: search, filter by area, create, edit, deactivate, import the municipality's file. */
public final class ClientsScreen implements Screen {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UiContext ui;
    private final ClientService clientService;
    private final FleetService fleet;
    private final ClientRegisterImport registerImport;
    private final String allAreas;
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final FilteredList<Client> filtered = new FilteredList<>(clients);
    private final TableView<Client> table = new TableView<>();
    private final TextField search = new TextField();
    private final ComboBox<String> areaFilter = new ComboBox<>();
    private final CheckBox showInactive = new CheckBox();
    private final Label count = new Label();
    private final FormGrid form = new FormGrid();
    private final Label formTitle = new Label();
    private final Label message = new Label();
    private final Button deactivate = new Button();
    private final ComboBox<String> areaField = new ComboBox<>();
    private final ComboBox<String> driverField = new ComboBox<>();
    private final CheckBox fridgeField = new CheckBox();
    private final TextField number = new TextField(), name = new TextField(), address = new TextField(),
            postcode = new TextField(), city = new TextField(), phone = new TextField(), lat = new TextField(),
            lon = new TextField(), keyBox = new TextField(), diet = new TextField(), service = new TextField(),
            activeFrom = new TextField(), activeTo = new TextField();
    private final TextArea access = new TextArea();
    private final SplitPane root;
    private Optional<Client> editing = Optional.empty();

    public ClientsScreen(UiContext ui, ClientService clientService, FleetService fleet, ClientRegisterImport registerImport) {
        this.ui = ui;
        this.clientService = clientService;
        this.fleet = fleet;
        this.registerImport = registerImport;
        this.allAreas = ui.tr("clients.filter.allAreas");
        Label title = new Label(ui.tr("clients.title"));
        title.getStyleClass().add("title-2");

        search.setId("clients-search");
        search.setPromptText(ui.tr("clients.search.prompt"));
        search.setPrefWidth(280);
        areaFilter.setId("clients-area-filter");
        areaFilter.setPromptText(ui.tr("clients.filter.allAreas"));
        areaFilter.setPrefWidth(170);
        showInactive.setId("clients-show-inactive");
        showInactive.setText(ui.tr("clients.filter.inactive"));
        Button newClient = new Button(ui.tr("clients.new"));
        newClient.setId("clients-new");
        newClient.setOnAction(e -> edit(Optional.empty()));
        Button importRegister = new Button(ui.tr("clients.import.button"));
        importRegister.setId("clients-import");
        importRegister.setOnAction(e -> importRegister());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(10, title, spacer, newClient, importRegister);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox toolbar = new HBox(10, search, areaFilter, showInactive, count);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        for (var control : List.of(newClient, importRegister, showInactive, count)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }

        table.setId("clients-table");
        table.getColumns().addAll(List.of(
                Columns.text(ui.tr("clients.col.number"), 90, c -> c.clientNumber()),
                Columns.text(ui.tr("clients.col.name"), 190, Client::name),
                Columns.text(ui.tr("clients.col.address"), 190, c -> c.data().address()),
                Columns.text(ui.tr("clients.col.postcode"), 60, c -> c.data().postcode()),
                Columns.text(ui.tr("clients.col.city"), 100, c -> c.data().city()),
                Columns.text(ui.tr("clients.col.area"), 110, c -> c.data().areaName().orElse("")),
                Columns.text(ui.tr("clients.col.driver"), 70, c -> c.data().regularDriverCode().orElse("")),
                Columns.text(ui.tr("clients.col.status"), 120, this::status)));
        SortedList<Client> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(ui.tr("clients.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                edit(Optional.of(now));
            }
        });
        search.textProperty().addListener((o, a, b) -> refilter());
        areaFilter.valueProperty().addListener((o, a, b) -> refilter());
        showInactive.selectedProperty().addListener((o, a, b) -> refilter());

        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        VBox left = new VBox(10, titleRow, toolbar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new SplitPane(left, formPanel());
        root.setDividerPositions(0.64);
    }

    private Node formPanel() {
        formTitle.getStyleClass().add("title-3");
        form.add(ClientForm.CLIENT_NUMBER, ui.tr("clients.field.clientNumber"), number);
        form.add(ClientForm.NAME, ui.tr("clients.field.name"), name);
        form.add(ClientForm.ADDRESS, ui.tr("clients.field.address"), address);
        form.add(ClientForm.POSTCODE, ui.tr("clients.field.postcode"), postcode);
        form.add(ClientForm.CITY, ui.tr("clients.field.city"), city);
        form.add(ClientForm.PHONE, ui.tr("clients.field.phone"), phone);
        areaField.setEditable(true);
        form.add(ClientForm.AREA, ui.tr("clients.field.area"), areaField);
        form.add(ClientForm.LAT, ui.tr("clients.field.lat"), lat);
        form.add(ClientForm.LON, ui.tr("clients.field.lon"), lon);
        access.setPrefRowCount(2);
        access.setWrapText(true);
        form.add(ClientForm.ACCESS_NOTES, ui.tr("clients.field.accessNotes"), access);
        form.add(ClientForm.KEY_BOX_CODE, ui.tr("clients.field.keyBoxCode"), keyBox);
        fridgeField.setText(ui.tr("clients.field.putInFridge.text"));
        form.add(ClientForm.PUT_IN_FRIDGE, ui.tr("clients.field.putInFridge"), fridgeField);
        form.add(ClientForm.DIET_CODES, ui.tr("clients.field.dietCodes"), diet);
        form.add(ClientForm.REGULAR_DRIVER, ui.tr("clients.field.regularDriver"), driverField);
        form.add(ClientForm.SERVICE_MINUTES, ui.tr("clients.field.serviceMinutes"), service);
        activeFrom.setPromptText(ui.tr("clients.field.datePrompt"));
        activeTo.setPromptText(ui.tr("clients.field.datePrompt"));
        form.add(ClientForm.ACTIVE_FROM, ui.tr("clients.field.activeFrom"), activeFrom);
        form.add(ClientForm.ACTIVE_TO, ui.tr("clients.field.activeTo"), activeTo);

        Button save = new Button(ui.tr("clients.save"));
        save.setId("client-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        deactivate.setId("client-deactivate");
        deactivate.setOnAction(e -> toggleActive());
        message.setId("client-message");
        message.setWrapText(true);
        HBox buttons = new HBox(10, save, deactivate);
        VBox panel = new VBox(10, formTitle, form.node(), buttons, message);
        panel.setPadding(new Insets(0, 8, 8, 12));
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(360);
        edit(Optional.empty());
        return scroll;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        reload(Optional.empty());
    }

    private void reload(Optional<String> select) {
        ui.tasks().submit(BackgroundTask.of(ui.tr("clients.loading"),
                p -> new Loaded(clientService.all(), fleet.areas(), fleet.drivers()),
                loaded -> {
                    clients.setAll(loaded.clients());
                    List<String> areaNames = loaded.areas().stream().map(Area::name).toList();
                    String chosen = areaFilter.getValue();
                    areaFilter.getItems().setAll(areaNames);
                    areaFilter.getItems().addFirst(allAreas);
                    areaFilter.setValue(chosen == null ? allAreas : chosen);
                    areaField.getItems().setAll(areaNames);
                    driverField.getItems().setAll(loaded.drivers().stream().filter(Driver::active).map(Driver::code).toList());
                    driverField.getItems().addFirst("");
                    refilter();
                    select.flatMap(n -> clients.stream().filter(c -> c.clientNumber().equals(n)).findFirst())
                            .ifPresent(c -> {
                                table.getSelectionModel().select(c);
                                table.scrollTo(c);
                            });
                },
                e -> message.setText(ui.tr("clients.loadFailed", e.getMessage()))));
    }

    private record Loaded(List<Client> clients, List<Area> areas, List<Driver> drivers) {}

    private void refilter() {
        String area = areaFilter.getValue();
        ClientFilter filter = new ClientFilter(search.getText(), Optional.ofNullable(area).filter(a -> !a.equals(allAreas)),
                showInactive.isSelected(), LocalDate.now(ui.clock()));
        filtered.setPredicate(filter::matches);
        count.setText(ui.tr("clients.count", filtered.size(), clients.size()));
    }

    private void edit(Optional<Client> client) {
        editing = client;
        form.clearErrors();
        message.setText("");
        formTitle.setText(client.map(c -> ui.tr("clients.form.edit", c.name())).orElse(ui.tr("clients.form.new")));
        ClientData d = client.map(Client::data).orElse(null);
        number.setText(d == null ? "" : d.clientNumber());
        name.setText(d == null ? "" : d.name());
        address.setText(d == null ? "" : d.address());
        postcode.setText(d == null ? "" : d.postcode());
        city.setText(d == null ? "" : d.city());
        phone.setText(d == null ? "" : d.phone());
        areaField.setValue(d == null ? "" : d.areaName().orElse(""));
        NumberFormat coordinates = NumberFormat.getNumberInstance(ui.messages().locale());
        coordinates.setMaximumFractionDigits(6);
        coordinates.setGroupingUsed(false);
        lat.setText(d == null ? "" : d.location().map(g -> coordinates.format(g.lat())).orElse(""));
        lon.setText(d == null ? "" : d.location().map(g -> coordinates.format(g.lon())).orElse(""));
        access.setText(d == null ? "" : d.accessNotes());
        keyBox.setText(d == null ? "" : d.keyBoxCode());
        fridgeField.setSelected(d != null && d.putInFridge());
        diet.setText(d == null ? "" : String.join(" ", d.dietCodes()));
        driverField.setValue(d == null ? "" : d.regularDriverCode().orElse(""));
        service.setText(d == null ? "7" : String.valueOf(d.serviceMinutes()));
        activeFrom.setText(d == null ? "" : d.activeFrom().map(DATE::format).orElse(""));
        activeTo.setText(d == null ? "" : d.activeTo().map(DATE::format).orElse(""));
        boolean active = client.map(c -> c.isActiveOn(LocalDate.now(ui.clock()))).orElse(true);
        deactivate.setText(ui.tr(active ? "clients.deactivate" : "clients.reactivate"));
        deactivate.setDisable(client.isEmpty());
        if (client.isEmpty()) {
            table.getSelectionModel().clearSelection();
            number.requestFocus();
        }
    }

    private ClientForm formValues() {
        return ClientForm.builder()
                .set(ClientForm.CLIENT_NUMBER, number.getText()).set(ClientForm.NAME, name.getText())
                .set(ClientForm.ADDRESS, address.getText()).set(ClientForm.POSTCODE, postcode.getText())
                .set(ClientForm.CITY, city.getText()).set(ClientForm.PHONE, phone.getText())
                .set(ClientForm.AREA, Optional.ofNullable(areaField.getEditor().getText()).orElse(""))
                .set(ClientForm.LAT, lat.getText()).set(ClientForm.LON, lon.getText())
                .set(ClientForm.ACCESS_NOTES, access.getText()).set(ClientForm.KEY_BOX_CODE, keyBox.getText())
                .set(ClientForm.PUT_IN_FRIDGE, fridgeField.isSelected() ? "ja" : "nei")
                .set(ClientForm.DIET_CODES, diet.getText())
                .set(ClientForm.REGULAR_DRIVER, Optional.ofNullable(driverField.getValue()).orElse(""))
                .set(ClientForm.SERVICE_MINUTES, service.getText())
                .set(ClientForm.ACTIVE_FROM, activeFrom.getText()).set(ClientForm.ACTIVE_TO, activeTo.getText())
                .build();
    }

    private void save() {
        ClientForm values = formValues();
        Optional<Long> id = editing.map(Client::id);
        ui.tasks().submit(BackgroundTask.of(ui.tr("clients.saving"),
                p -> id.isPresent() ? clientService.update(id.get(), values, ui.user())
                        : clientService.create(values, ui.user()).map(c -> new ClientService.Changed(c, List.of())),
                result -> {
                    switch (result) {
                        case Validated.Valid<ClientService.Changed>(ClientService.Changed changed) -> {
                            Client saved = changed.client();
                            form.clearErrors();
                            showSaved(ui.tr("clients.saved", saved.name()), changed);
                            editing = Optional.of(saved);
                            reload(Optional.of(saved.clientNumber()));
                        }
                        case Validated.Invalid<ClientService.Changed>(List<FieldError> errors) -> {
                            List<FieldError> other = form.showErrors(errors, ui.messages());
                            message.getStyleClass().setAll("label", "field-error");
                            message.setText(other.isEmpty() ? ui.tr("clients.fixErrors", errors.size())
                                    : other.stream().map(e -> ui.messages().render(e.message())).reduce((a, b) -> a + " " + b).orElse(""));
                        }
                    }
                },
                e -> message.setText(ui.tr("clients.saveFailed", e.getMessage()))));
    }

    /**
     * Saved, and when the change touches a day whose plan is published (a new address on a route, a client ended
     * while on one), what that means: as a warning, since drivers hold the published plan.
     */
    private void showSaved(String text, ClientService.Changed changed) {
        boolean afterPublishing = !changed.notices().isEmpty();
        message.getStyleClass().setAll("label", afterPublishing ? "notice-message" : "success-message");
        message.setText(text + changed.notices().stream().map(n -> "\n" + ui.messages().render(n)).reduce("", String::concat));
    }

    private void toggleActive() {
        editing.ifPresent(c -> {
            LocalDate today = LocalDate.now(ui.clock());
            boolean active = c.isActiveOn(today);
            ui.tasks().submit(BackgroundTask.of(ui.tr("clients.saving"),
                    p -> active ? clientService.deactivate(c.id(), today.minusDays(1), ui.user())
                            : clientService.reactivate(c.id(), ui.user()),
                    changed -> {
                        Client saved = changed.client();
                        showSaved(ui.tr(active ? "clients.deactivated" : "clients.reactivated", saved.name()), changed);
                        editing = Optional.of(saved);
                        reload(Optional.of(saved.clientNumber()));
                    },
                    e -> message.setText(ui.tr("clients.saveFailed", e.getMessage()))));
        });
    }

    private void importRegister() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.tr("clients.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.tr("clients.import.csvFiles"), "*.csv", "*.txt"));
        Optional.ofNullable(chooser.showOpenDialog(ui.window())).ifPresent(file ->
                new RegisterImportDialog(ui, registerImport, file.toPath(), () -> reload(Optional.empty())).show());
    }

    private String status(Client c) {
        LocalDate today = LocalDate.now(ui.clock());
        if (c.isActiveOn(today)) {
            return ui.tr("clients.status.active");
        }
        return c.data().activeTo().filter(to -> to.isBefore(today))
                .map(to -> ui.tr("clients.status.endedOn", DATE.format(to)))
                .orElseGet(() -> ui.tr("clients.status.startsOn", c.data().activeFrom().map(DATE::format).orElse("")));
    }

}
