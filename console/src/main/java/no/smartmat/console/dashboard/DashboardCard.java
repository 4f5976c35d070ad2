package no.smartmat.console.dashboard;

import java.util.List;

/**
 * A card another feature adds to "Dagens oversikt" (HACCP: open deviations, missing checks, calibrations):
 * a value, so the dashboard shows what a feature hands it without knowing the feature.
 */
public record DashboardCard(String id, String title, List<String> lines) {}
