package no.smartmat.reports.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Collects {@link RenderWarning}s while one document is rendered. Not thread-safe: one per
 * render call. The current item is set as rendering moves through the document, so
 * helpers that only know a field name still produce a warning that says where.
 */
public final class Warnings {

    private final Set<RenderWarning> warnings = new LinkedHashSet<>();
    private String item = "Dokument";

    public void item(String item) {
        this.item = Objects.requireNonNull(item);
    }

    public String item() {
        return item;
    }

    public void add(RenderWarning.Kind kind, String field, String text) {
        warnings.add(new RenderWarning(kind, item, field, text));
    }

    public List<RenderWarning> toList() {
        return List.copyOf(new ArrayList<>(warnings));
    }
}
