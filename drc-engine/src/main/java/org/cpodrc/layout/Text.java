package org.cpodrc.layout;

import java.util.List;

/**
 * A GDSII TEXT element: a string at a point with its own transformation (STRANS), text type and
 * presentation flags. Texts are rare compared to shapes, so one object each is fine.
 *
 * <p>{@code trans} is the text's STRANS (mirror, angle, magnification as in the file) with the
 * displacement set to the text position {@code (x, y)}. KLayout uses only the mirror and the angle
 * rounded to a multiple of 90°, and MAG as the text size.
 */
public record Text(String string, int x, int y, int textType, Trans trans, int presentation, int width,
                   int pathType, List<Property> properties) {
    public Text {
        properties = properties == null ? List.of() : List.copyOf(properties);
    }
}
