package org.cpodrc.layout;

/** The GDSII element a shape came from; kept so that writing a layout back is lossless. */
public enum ShapeKind {
    BOUNDARY, BOX, PATH
}
