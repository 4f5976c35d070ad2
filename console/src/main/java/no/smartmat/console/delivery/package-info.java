/**
 * The words of a delivery day that the schema stores and every feature reads: a stop's state, an order's state,
 * and what can change on a published day. Plain enums with no dependencies, so orders, slots, planning, printing
 * and the generated jOOQ classes (which convert the columns to them) can all use them without a package cycle.
 */
package no.smartmat.console.delivery;
