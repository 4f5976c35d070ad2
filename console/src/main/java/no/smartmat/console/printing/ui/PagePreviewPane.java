package no.smartmat.console.printing.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.printing.PdfPreview;
import no.smartmat.console.tasks.BackgroundTask;

/**
 * The pages of a rendered document, one at a time: each page is drawn by PDFBox off the FX thread when it is
 * shown (a day's labels are a thousand pages), and its pixels are written into a JavaFX image here. No
 * javafx-swing: the ARGB ints go straight through a {@link javafx.scene.image.PixelWriter}.
 */
final class PagePreviewPane {

    private final UiContext ui;
    private final VBox root = new VBox(8);
    private final ImageView image = new ImageView();
    private final Label pageLabel = new Label();
    private final Label placeholder = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final ScrollPane scroll;
    private Optional<PdfPreview> document = Optional.empty();
    private int page;
    private int pages;
    /** Bumped on every new document or page: a page drawn for an older request is dropped. */
    private long generation;

    PagePreviewPane(UiContext ui) {
        this.ui = ui;
        previous.setText(ui.tr("printing.preview.previous"));
        previous.setId("printing-prev");
        previous.setOnAction(e -> show(page - 1));
        next.setText(ui.tr("printing.preview.next"));
        next.setId("printing-next");
        next.setOnAction(e -> show(page + 1));
        pageLabel.setId("printing-page");
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(10, previous, pageLabel, next);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        image.setId("printing-page-image");
        image.setPreserveRatio(true);
        image.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.35)));
        StackPane paper = new StackPane(image);
        paper.setPadding(new Insets(16));
        paper.setStyle("-fx-background-color: -color-bg-inset;");
        scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        placeholder.setId("printing-preview-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(420);
        placeholder.getStyleClass().add("text-muted");
        busy.setMaxSize(64, 64);
        busy.setVisible(false);
        StackPane stack = new StackPane(scroll, placeholder, busy);
        VBox.setVgrow(stack, Priority.ALWAYS);
        root.getChildren().addAll(toolbar, stack);
        clear(ui.tr("printing.preview.empty"));
    }

    VBox node() {
        return root;
    }

    /** Shows {@code preview}'s first page; the pane owns it from now on and closes it when replaced. */
    void show(PdfPreview preview) {
        document.ifPresent(PdfPreview::close);
        document = Optional.of(preview);
        pages = preview.pageCount();
        show(0);
    }

    /** No document: says why (nothing chosen yet, no plan, ...). */
    void clear(String why) {
        generation++;
        document.ifPresent(PdfPreview::close);
        document = Optional.empty();
        pages = 0;
        image.setImage(null);
        placeholder.setText(why);
        placeholder.setVisible(true);
        idle();
        pageLabel.setText("");
        previous.setDisable(true);
        next.setDisable(true);
    }

    /** Work on the document is running (rendering): the old page stays, dimmed, under a spinner. */
    void working() {
        busy.setVisible(true);
        scroll.setOpacity(0.4);
    }

    void idle() {
        busy.setVisible(false);
        scroll.setOpacity(1);
    }

    /**
     * A whole label fits the pane; an A4 page fitted whole would be too small to read, so it fills the width
     * and scrolls.
     */
    static float dpi(double widthInches, double heightInches, double paneWidth, double paneHeight) {
        double whole = Math.min(paneWidth / widthInches, paneHeight / heightInches);
        double dpi = whole >= 90 ? whole : paneWidth / widthInches;
        return (float) Math.max(60, Math.min(200, dpi));
    }

    private void show(int index) {
        if (document.isEmpty() || index < 0 || index >= pages) {
            return;
        }
        PdfPreview preview = document.get();
        page = index;
        long request = ++generation;
        pageLabel.setText(ui.tr("printing.preview.page", String.valueOf(index + 1), String.valueOf(pages)));
        previous.setDisable(index == 0);
        next.setDisable(index == pages - 1);
        double width = Math.max(300, scroll.getViewportBounds().getWidth() - 40);
        double height = Math.max(300, scroll.getViewportBounds().getHeight() - 40);
        working();
        ui.tasks().submit(BackgroundTask.of(ui.tr("printing.preview.drawing", String.valueOf(index + 1)), p -> {
            double[] mm = preview.pageSizeMm(index);
            return preview.render(index, dpi(mm[0] / 25.4, mm[1] / 25.4, width, height));
        }, pageImage -> {
            if (request != generation) {
                return;
            }
            WritableImage fx = new WritableImage(pageImage.width(), pageImage.height());
            fx.getPixelWriter().setPixels(0, 0, pageImage.width(), pageImage.height(), PixelFormat.getIntArgbInstance(),
                    pageImage.argb(), 0, pageImage.width());
            image.setImage(fx);
            placeholder.setVisible(false);
            idle();
        }, e -> {
            if (request == generation) {
                idle();
                placeholder.setText(ui.tr("printing.preview.failed", String.valueOf(e.getMessage())));
                placeholder.setVisible(true);
            }
        }));
    }
}
