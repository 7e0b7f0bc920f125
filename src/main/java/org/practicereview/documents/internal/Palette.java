package org.practicereview.documents.internal;

import java.awt.Color;

/** The board's document colours; every text colour meets WCAG AA contrast on its background. */
public final class Palette {

    public static final Color NAVY = new Color(0x16, 0x36, 0x5C);
    public static final Color AMBER = new Color(0xF2, 0xB1, 0x3C);
    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    public static final Color MUTED = new Color(0x4A, 0x55, 0x61);
    public static final Color PANEL = new Color(0xEE, 0xF3, 0xF8);
    public static final Color RULE = new Color(0xC3, 0xCF, 0xDC);
    public static final Color PALE_BLUE = new Color(0xD6, 0xE4, 0xF2);
    public static final Color WHITE = Color.WHITE;
    public static final Color WARNING = new Color(0xA3, 0x3A, 0x00);
    public static final Color WARNING_BACKGROUND = new Color(0xFD, 0xF0, 0xE6);
    public static final Color ZEBRA = new Color(0xF5, 0xF7, 0xFA);

    private Palette() {
    }
}
