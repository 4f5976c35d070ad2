package no.smartmat.console.app.ui;

import no.smartmat.console.ui.UiContext;
import no.smartmat.console.ui.Screen;
import java.util.function.Function;

/** A navigation entry: id (also the node id tests look for), its title key, and how to build it. */
public record ScreenSpec(String id, String titleKey, Function<UiContext, Screen> factory) {}
