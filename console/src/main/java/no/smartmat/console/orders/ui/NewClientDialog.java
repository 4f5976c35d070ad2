package no.smartmat.console.orders.ui;

import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.orders.OrderImportService;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.clients.ClientForm;
import no.smartmat.console.fleet.Area;
import no.smartmat.console.orders.ClientChoice;
import no.smartmat.console.orders.ClientRef;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/**
 * Creating the client an order names, filled in from the file (and the area most neighbours with that
 * postcode have), checked by the client register's own rules. The client is written with the batch, or not
 * at all.
 */
final class NewClientDialog {

    private final UiContext ui;
    private final OrderImportService orderImport;
    private final FleetService fleet;
    private final ClientRef ref;

    NewClientDialog(UiContext ui, OrderImportService orderImport, FleetService fleet, ClientRef ref) {
        this.ui = ui;
        this.orderImport = orderImport;
        this.fleet = fleet;
        this.ref = ref;
    }

    Optional<ClientChoice> show() {
        ClientForm prefilled = orderImport.newClientForm(ref);
        FormGrid form = new FormGrid();
        TextField number = form.add(ClientForm.CLIENT_NUMBER, ui.tr("clients.field.clientNumber"), new TextField(prefilled.get(ClientForm.CLIENT_NUMBER)));
        TextField name = form.add(ClientForm.NAME, ui.tr("clients.field.name"), new TextField(prefilled.get(ClientForm.NAME)));
        TextField address = form.add(ClientForm.ADDRESS, ui.tr("clients.field.address"), new TextField(prefilled.get(ClientForm.ADDRESS)));
        TextField postcode = form.add(ClientForm.POSTCODE, ui.tr("clients.field.postcode"), new TextField(prefilled.get(ClientForm.POSTCODE)));
        TextField city = form.add(ClientForm.CITY, ui.tr("clients.field.city"), new TextField(prefilled.get(ClientForm.CITY)));
        ComboBox<String> area = form.add(ClientForm.AREA, ui.tr("clients.field.area"), new ComboBox<>());
        area.setEditable(true);
        area.getItems().setAll(fleet.areas().stream().map(Area::name).toList());
        area.getEditor().setText(prefilled.get(ClientForm.AREA));
        Label other = new Label();
        other.getStyleClass().add("field-error");
        other.setWrapText(true);
        Label hint = new Label(ui.tr("orders.ui.newClient.hint"));
        hint.setWrapText(true);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(ui.window());
        dialog.setTitle(ui.tr("orders.ui.newClient.title"));
        ButtonType create = new ButtonType(ui.tr("orders.ui.newClient.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create,
                new ButtonType(ui.tr("orders.ui.newClient.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        VBox box = new VBox(10, hint, form.node(), other);
        box.setPrefWidth(520);
        dialog.getDialogPane().setContent(box);
        ClientChoice[] result = new ClientChoice[1];
        dialog.getDialogPane().lookupButton(create).addEventFilter(ActionEvent.ACTION, e -> {
            ClientForm values = ClientForm.builder().set(ClientForm.CLIENT_NUMBER, number.getText())
                    .set(ClientForm.NAME, name.getText()).set(ClientForm.ADDRESS, address.getText())
                    .set(ClientForm.POSTCODE, postcode.getText()).set(ClientForm.CITY, city.getText())
                    .set(ClientForm.AREA, Optional.ofNullable(area.getEditor().getText()).orElse("")).build();
            switch (orderImport.newClient(values)) {
                case Validated.Valid<ClientChoice>(ClientChoice choice) -> result[0] = choice;
                case Validated.Invalid<ClientChoice>(List<FieldError> errors) -> {
                    List<FieldError> rest = form.showErrors(errors, ui.messages());
                    other.setText(rest.stream().map(fe -> ui.messages().render(fe.message())).reduce((a, b) -> a + " " + b).orElse(""));
                    e.consume();
                }
            }
        });
        return dialog.showAndWait().filter(b -> b == create).map(b -> result[0]);
    }
}
