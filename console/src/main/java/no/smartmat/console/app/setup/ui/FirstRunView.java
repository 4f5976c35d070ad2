package no.smartmat.console.app.setup.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import no.smartmat.console.ui.Sections;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.app.InstanceLock;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.db.DatabaseException;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.app.setup.FirstRun;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/** The first start: data folder, demo or empty, the kitchen and its depot, the first administrator. */
public final class FirstRunView {

    private final ScrollPane root;
    private final Messages m;
    private final FirstRun firstRun;
    private final boolean folderGiven;
    private final Consumer<Done> onDone;
    private final Path proposedDir;

    /** The opened kitchen, and the lock on its folder when it is not the folder the console was started on. */
    public record Done(AppContext app, boolean demo, Optional<InstanceLock> lock) {}
    private final FormGrid folderForm = new FormGrid();
    private final FormGrid kitchenForm = new FormGrid();
    private final FormGrid adminForm = new FormGrid();
    private final TextField folder = new TextField();
    private final Label folderNote = new Label();
    private final RadioButton empty = new RadioButton();
    private final RadioButton demo = new RadioButton();
    private final TextField name = new TextField();
    private final TextField municipality = new TextField();
    private final TextField depotAddress = new TextField();
    private final TextField lat = new TextField();
    private final TextField lon = new TextField();
    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final VBox kitchenSection;
    private final VBox adminSection;
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Button start = new Button();

    public FirstRunView(Messages m, FirstRun firstRun, Path proposedDir, boolean folderGiven,
                        Consumer<Done> onDone) {
        this.m = m;
        this.proposedDir = proposedDir;
        this.firstRun = firstRun;
        this.folderGiven = folderGiven;
        this.onDone = onDone;

        Label title = new Label(m.get("setup.welcome"));
        title.getStyleClass().add("title-2");
        Label intro = wrapped(m.get("setup.intro"), "text-muted");

        folder.setText(proposedDir.toString());
        folder.setEditable(!folderGiven);
        folderForm.add(FirstRun.FOLDER, m.get("setup.folder"), folder);
        Button choose = new Button(m.get("setup.folder.choose"));
        choose.setId("setup-choose-folder");
        choose.setDisable(folderGiven);
        choose.setOnAction(e -> chooseFolder());
        folderNote.setId("setup-folder-note");
        folderNote.setWrapText(true);
        folderNote.getStyleClass().add("text-muted");
        folder.textProperty().addListener((o, was, now) -> updateFolderNote());
        VBox folderSection = Sections.titled(m.get("setup.folder.title"), folderForm.node(), new HBox(10, choose), folderNote);

        ToggleGroup startWith = new ToggleGroup();
        empty.setText(m.get("setup.start.empty"));
        empty.setId("setup-empty");
        empty.setToggleGroup(startWith);
        empty.setSelected(true);
        demo.setText(m.get("setup.start.demo"));
        demo.setId("setup-demo");
        demo.setToggleGroup(startWith);
        VBox startSection = Sections.titled(m.get("setup.start.title"), empty, demo,
                wrapped(m.get("setup.start.demoNote"), "text-muted"));

        kitchenForm.add(FirstRun.NAME, m.get("setup.kitchen.name"), name).setPromptText(m.get("setup.kitchen.namePrompt"));
        kitchenForm.add(FirstRun.MUNICIPALITY, m.get("setup.kitchen.municipality"), municipality)
                .setPromptText(m.get("setup.kitchen.municipalityPrompt"));
        kitchenForm.add(FirstRun.DEPOT_ADDRESS, m.get("setup.kitchen.depotAddress"), depotAddress)
                .setPromptText(m.get("setup.kitchen.depotAddressPrompt"));
        kitchenForm.add(FirstRun.LAT, m.get("setup.kitchen.lat"), lat).setPromptText("59,8907");
        kitchenForm.add(FirstRun.LON, m.get("setup.kitchen.lon"), lon).setPromptText("10,5246");
        kitchenSection = Sections.titled(m.get("setup.kitchen.title"), kitchenForm.node(),
                wrapped(m.get("setup.kitchen.coordinatesNote"), "text-muted"));

        adminForm.add(FirstRun.USERNAME, m.get("setup.admin.username"), username);
        adminForm.add(FirstRun.FULL_NAME, m.get("setup.admin.fullName"), fullName);
        adminForm.add(FirstRun.PASSWORD, m.get("setup.admin.password"), password);
        adminForm.add(FirstRun.REPEAT, m.get("setup.admin.repeat"), repeat);
        adminSection = Sections.titled(m.get("setup.admin.title"), adminForm.node(),
                wrapped(m.get("setup.admin.note"), "text-muted"));
        kitchenSection.disableProperty().bind(demo.selectedProperty());
        adminSection.disableProperty().bind(demo.selectedProperty());

        start.setText(m.get("setup.start.button"));
        start.setId("setup-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> submit());
        busy.setVisible(false);
        busy.setPrefSize(22, 22);
        status.setId("setup-status");
        status.setWrapText(true);
        HBox actions = new HBox(12, start, busy, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);

        // Two columns, so the whole form fits a laptop's screen without scrolling.
        VBox left = new VBox(18, folderSection, startSection);
        VBox right = new VBox(18, kitchenSection, adminSection);
        left.setPrefWidth(480);
        right.setPrefWidth(520);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(32, left, right);
        VBox card = new VBox(16, title, intro, columns, actions);
        card.setPadding(new Insets(24, 28, 24, 28));
        card.setMaxWidth(1120);
        card.getStyleClass().add("login-card");
        StackPane centre = new StackPane(card);
        centre.setPadding(new Insets(16));
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        root = new ScrollPane(centre);
        root.setFitToWidth(true);
        root.setId("first-run");
        updateFolderNote();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("setup.folder.choose"));
        File current = new File(folder.getText());
        while (current != null && !current.isDirectory()) {
            current = current.getParentFile();
        }
        if (current != null) {
            chooser.setInitialDirectory(current);
        }
        File picked = chooser.showDialog(root.getScene().getWindow());
        if (picked != null) {
            folder.setText(picked.getAbsolutePath());
        }
    }

    /** A folder that already holds a kitchen (a shared drive, a reinstalled PC) is opened as it is. */
    private void updateFolderNote() {
        boolean existing;
        try {
            existing = !folder.getText().isBlank() && FirstRun.holdsKitchen(Path.of(folder.getText().strip()));
        } catch (java.nio.file.InvalidPathException e) {
            existing = false;
        }
        folderNote.setText(existing ? m.get("setup.folder.existing")
                : m.get("setup.folder.note") + (folderGiven ? " " + m.get("setup.folder.given") : ""));
        empty.setDisable(existing);
        demo.setDisable(existing);
        kitchenSection.setVisible(!existing);
        kitchenSection.setManaged(!existing);
        adminSection.setVisible(!existing);
        adminSection.setManaged(!existing);
        start.setText(m.get(existing ? "setup.start.open" : "setup.start.button"));
    }

    private void submit() {
        FirstRun.Form form = new FirstRun.Form(folder.getText(), demo.isSelected(), name.getText(), municipality.getText(),
                depotAddress.getText(), lat.getText(), lon.getText(), username.getText(), fullName.getText(),
                password.getText().toCharArray(), repeat.getText().toCharArray());
        Validated<FirstRun.Plan> validated = firstRun.validate(form);
        List<FieldError> errors = validated.errors();
        folderForm.showErrors(errors, m);
        kitchenForm.showErrors(errors, m);
        adminForm.showErrors(errors, m);
        if (!(validated instanceof Validated.Valid<FirstRun.Plan>(FirstRun.Plan plan))) {
            status.setText(m.get("setup.fixErrors"));
            return;
        }
        Optional<InstanceLock> lock = Optional.empty();
        if (!plan.dataDir().equals(proposedDir.toAbsolutePath().normalize())) {
            try {
                lock = InstanceLock.tryAcquire(plan.dataDir(), Instant.now());
            } catch (InstanceLock.LockException e) {
                status.setText(m.render(e.userMessage()));
                return;
            }
            if (lock.isEmpty()) {
                status.setText(m.render(InstanceLock.busyMessage(plan.dataDir())));
                return;
            }
        }
        Optional<InstanceLock> folderLock = lock;
        start.setDisable(true);
        busy.setVisible(true);
        status.setText(m.get(plan.demo() ? "setup.working.demo" : "setup.working"));
        Task<AppContext> work = new Task<>() {
            @Override
            protected AppContext call() {
                return firstRun.apply(plan, !folderGiven, step -> {});
            }
        };
        work.setOnSucceeded(done -> onDone.accept(new Done(work.getValue(), plan.demo(), folderLock)));
        work.setOnFailed(done -> {
            folderLock.ifPresent(InstanceLock::close);
            start.setDisable(false);
            busy.setVisible(false);
            Throwable error = work.getException();
            status.setText(error instanceof DatabaseException de ? m.render(de.userMessage())
                    : m.get("setup.failed", String.valueOf(error.getMessage())));
        });
        Thread thread = new Thread(work, "first-run");
        thread.setDaemon(true);
        thread.start();
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    public Parent node() {
        return root;
    }
}
