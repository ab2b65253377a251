package org.cpodrc.layout;

import java.util.List;

/**
 * A GDSII TEXT element: a string at a point with its own transformation (STRANS), text type and
 * presentation flags. Texts are rare compared to shapes, so one object each is fine.
 */
public record Text(String string, int x, int y, int textType, Trans trans, int presentation, int width,
                   int pathType, List<Property> properties) {
    public Text {
        properties = properties == null ? List.of() : List.copyOf(properties);
    }
}
