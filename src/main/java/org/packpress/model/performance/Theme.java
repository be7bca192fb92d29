package org.packpress.model.performance;

/** A theme of the plan; the plan's list and its chapter headings may word it differently. */
public record Theme(String code, String listTitle, String headingTitle) {
}
