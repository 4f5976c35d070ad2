package no.smartmat.console.slots;

import java.time.DayOfWeek;

/**
 * A window an area offers every week on {@code weekday}, with room for {@code capacity} stops.
 * {@code isDefault}: the window an order gets when its client has booked none.
 */
public record SlotTemplate(long id, long areaId, DayOfWeek weekday, TimeWindow window, int capacity, boolean isDefault) {}
