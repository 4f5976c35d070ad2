package no.smartmat.planner.advice;

/**
 * @param greenDetourKm a window is "green" when a planned route can take the stop with at most this many km
 *        of detour (default 2 km)
 * @param preferredDriverPenaltyKm used only to rank equal insertions: prefer the client's regular driver
 */
public record AdvisorSettings(double greenDetourKm, double preferredDriverPenaltyKm) {

    public static AdvisorSettings defaults() {
        return new AdvisorSettings(2.0, 5.0);
    }
}
