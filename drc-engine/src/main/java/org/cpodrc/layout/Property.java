package org.cpodrc.layout;

/** A GDSII PROPATTR/PROPVALUE pair attached to an element. */
public record Property(int attribute, String value) {
}
