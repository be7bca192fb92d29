package org.packpress.model;

/** Who a pack is for: everyone, or members and named officers entitled to exempt papers. */
public enum Audience {
    PUBLIC, CONFIDENTIAL
}
