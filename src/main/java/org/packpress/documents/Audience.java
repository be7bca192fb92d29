package org.packpress.documents;

/** Who a pack is for: everyone, or members and named officers entitled to exempt papers. */
public enum Audience {
    PUBLIC, CONFIDENTIAL
}
