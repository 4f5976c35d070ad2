package no.smartmat.console.fleet;

import java.time.DayOfWeek;
import java.util.Optional;

/** A delivery area: its clients get their weekly delivery on its weekday. */
public record Area(long id, String name, Optional<DayOfWeek> deliveryWeekday, boolean active) {}
