package no.smartmat.reports.common;

public enum Align {
    LEFT, CENTER, RIGHT
}
