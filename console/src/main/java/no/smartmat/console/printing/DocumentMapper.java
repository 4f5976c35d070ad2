package no.smartmat.console.printing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.i18n.Messages;
import no.smartmat.reports.labels.Label;
import no.smartmat.reports.manifests.Manifest;
import no.smartmat.reports.manifests.ManifestOptions;
import no.smartmat.reports.manifests.ManifestPackage;
import no.smartmat.reports.manifests.ManifestStop;
import no.smartmat.reports.manifests.ZoneInstruction;

/**
 * A day's published plan as the reports module's input records. Decides what leaves the building: diet codes
 * reach a label and key-box codes a manifest only when the kitchen turned that on; access notes never reach a
 * label (it only says "se kjøreliste"). Handling instructions follow {@link Handling}, in the documents' words.
 */
public final class DocumentMapper {

    private DocumentMapper() {}

    /**
     * Labels in print order: route by route in van order, each route in reverse loading order (the last stop's
     * bags first, so the packer loads the van from the back as the labels come off the printer); a stop's bags
     * in bag order.
     */
    public static List<Label> labels(List<PrintRoute> routes, PrintDay day, PrintSettings settings, Messages words) {
        List<Label> labels = new ArrayList<>();
        for (PrintRoute route : routes) {
            for (PrintStop stop : route.stops().reversed()) {
                labels.addAll(labels(route, stop, day, settings, words));
            }
        }
        return labels;
    }

    /** One stop's labels, in bag order (a reprint for one client). */
    public static List<Label> labels(PrintRoute route, PrintStop stop, PrintDay day, PrintSettings settings, Messages words) {
        StopDetails d = stop.details();
        List<String> diet = settings.dietCodesOnLabels() ? d.dietCodes() : List.of();
        return stop.packages().stream().map(p -> new Label(p.code(), d.clientName(), d.address(), d.area(),
                route.vanCode(), route.driverName(), stop.number(), stop.stopCount(), day.date(), stop.window(), p.zone(),
                p.bagNumber(), p.bagCount(), Handling.of(p.zone(), d.putInFridge()).map(h -> h.words(words)),
                d.accessNotes().isPresent(), diet)).toList();
    }

    /** One manifest per route, stops in driving order, with the changes since the same weekday last week. */
    public static List<Manifest> manifests(List<PrintRoute> routes, PrintDay day, PrintSettings settings, Messages words) {
        return routes.stream().map(route -> new Manifest(day.date(), route.vanCode(), route.driverName(),
                route.departure(), route.plannedReturn(), route.distanceKm(), day.versionText(),
                route.stops().stream().map(stop -> manifestStop(stop, settings, words)).toList(), route.removed(),
                route.comparedWith())).toList();
    }

    public static ManifestOptions manifestOptions(PrintSettings settings, String printedBy, LocalDateTime at) {
        return ManifestOptions.defaults().withKeyBoxCodes(settings.keyBoxCodesOnManifests())
                .withLoadingListFirst(settings.loadingListFirst()).printedBy(printedBy, at);
    }

    private static ManifestStop manifestStop(PrintStop stop, PrintSettings settings, Messages words) {
        StopDetails d = stop.details();
        // The code itself never enters the document's input unless the kitchen prints codes; an empty code keeps
        // the renderer's "Nøkkelboks-kode: ikke skrevet ut" line, so the driver knows there is a key box.
        Optional<String> keyBox = d.keyBoxCode().map(code -> settings.keyBoxCodesOnManifests() ? code : "");
        return new ManifestStop(stop.number(), stop.eta(), stop.window(), d.clientName(), d.address(), d.phone(),
                d.accessNotes(), keyBox, instructions(stop, words),
                stop.packages().stream().map(p -> new ManifestPackage(p.code(), p.zone(), p.bagNumber())).toList(),
                d.notes(), stop.changes());
    }

    /** One instruction per zone the stop has bags in, in zone order: the same words as on those bags' labels. */
    private static List<ZoneInstruction> instructions(PrintStop stop, Messages words) {
        return stop.packages().stream().map(PrintPackage::zone).distinct().sorted()
                .flatMap(zone -> Handling.of(zone, stop.details().putInFridge())
                        .map(h -> new ZoneInstruction(zone, h.words(words))).stream())
                .toList();
    }
}
