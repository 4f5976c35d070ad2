package no.smartmat.reports.manifests;

import java.util.Objects;

import no.smartmat.reports.common.Zone;

/**
 * One package of a stop, as on its label.
 *
 * @param packageCode SSCC or generated package id (the loading list prints it)
 * @param zone        temperature zone
 * @param bagNumber   the "n" of "pose n av m" on the label (1-based)
 */
public record ManifestPackage(String packageCode, Zone zone, int bagNumber) {

    public ManifestPackage {
        Objects.requireNonNull(packageCode, "packageCode");
        Objects.requireNonNull(zone, "zone");
        if (bagNumber < 1) {
            throw new IllegalArgumentException("bagNumber must be 1 or more: " + bagNumber);
        }
    }
}
