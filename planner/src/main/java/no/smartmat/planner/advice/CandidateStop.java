package no.smartmat.planner.advice;

import java.util.Optional;

import no.smartmat.planner.scenario.Capacity;

/** A client who wants a delivery window: where, how long the stop takes, what it carries, its regular driver. */
public record CandidateStop(double lat, double lon, int serviceMinutes, Capacity demand,
        Optional<String> preferredDriverId) {
}
