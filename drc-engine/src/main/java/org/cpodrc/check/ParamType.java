package org.cpodrc.check;

/** Kinds of rule parameters; the deck loader converts and validates values by these. */
public enum ParamType {
    /** a layer or derived-layer name */
    LAYER,
    /** a length: number with unit (bare number = µm), converted to database units at run time */
    LENGTH,
    /** an area in µm² (bare number) */
    AREA,
    /** a plain number (ratios, counts with fractions) */
    NUMBER,
    INTEGER,
    /** an angle in degrees */
    ANGLE,
    BOOLEAN,
    STRING,
    /** one of a fixed set of words, listed in {@link ParamSpec#choices()} */
    ENUM,
    /** a list of two lengths [min, max] */
    LENGTH_RANGE,
    /** a data rate such as 200Gbps, held in Gbps */
    RATE,
    /** a bandwidth density such as 3Tbps/mm or a named target, held as given */
    DENSITY_OR_TARGET
}
