package org.practicereview.documents;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.practicereview.documents.internal.TextLayout;

/**
 * Where everything sits on the briefing's single A4 page, in points from the bottom left: a header
 * band, then a grid of four rows by two columns holding the seven panels and, in the eighth cell,
 * the reflective questions. Panels get every point the page can spare at a 9 pt body; what fits in
 * a box is measured with the real font and wrapping ({@link BriefingFit}), never estimated.
 */
final class BriefingLayout {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float SIDE = 30;
    static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * SIDE;

    static final float LABEL_SIZE = 8.5f;
    static final float TITLE_SIZE = 16;
    static final float META_SIZE = 10.5f;
    static final float HEADING_SIZE = 10.5f;
    static final float BODY_SIZE = 9;
    static final float FOOTER_SIZE = 8;

    static final int TITLE_LINES = 2;
    static final float BAND_PAD = 11;
    static final float BAND_HEIGHT = 2 * BAND_PAD + bandBlock(TITLE_LINES);
    static final float BAND_TEXT_WIDTH = CONTENT_WIDTH - 84;

    static final float PANEL_PAD = 9;
    static final float PANEL_GAP = 7;
    static final float DISC_RADIUS = 10;
    static final int HEADING_LINES = 2;
    static final float HEADING_INDENT = 2 * DISC_RADIUS + 7;
    static final float HEADING_GAP = 4;

    static final float QUESTION_INDENT = 14;
    static final float QUESTION_GAP = 4;

    static final float FOOTER_BASELINE = 20;
    static final float CONTENT_BOTTOM = 34;

    static final int ROWS = 4;
    static final float GRID_TOP = PAGE.getHeight() - BAND_HEIGHT - 9;
    static final float ROW_HEIGHT = (GRID_TOP - CONTENT_BOTTOM - (ROWS - 1) * PANEL_GAP) / ROWS;
    static final float COLUMN_WIDTH = (CONTENT_WIDTH - PANEL_GAP) / 2;

    static final float HEADING_WIDTH = COLUMN_WIDTH - 2 * PANEL_PAD - HEADING_INDENT;
    static final float BODY_WIDTH = COLUMN_WIDTH - 2 * PANEL_PAD;
    static final float QUESTION_WIDTH = COLUMN_WIDTH - 2 * PANEL_PAD - QUESTION_INDENT;
    /** The questions share their cell's lines below the heading equally. */
    static final int QUESTION_LINES = (int) ((ROW_HEIGHT - 2 * PANEL_PAD - lineHeight(HEADING_SIZE) - HEADING_GAP
            - 2 * QUESTION_GAP) / lineHeight(BODY_SIZE)) / BriefingDocument.QUESTIONS;

    private BriefingLayout() {
    }

    /** The label, the title, the board and the pseudonym line, set one under the other. */
    static float bandBlock(int titleLines) {
        return lineHeight(LABEL_SIZE) + 4 + titleLines * lineHeight(TITLE_SIZE) + 6 + 2 * lineHeight(META_SIZE);
    }

    static float lineHeight(float size) {
        return TextLayout.lineHeight(size);
    }

    /** The height of a panel's heading row: its lines, or the numbered disc if taller. */
    static float headingHeight(int headingLines) {
        return Math.max(2 * DISC_RADIUS, headingLines * lineHeight(HEADING_SIZE));
    }

    /** Lines of body text a panel holds under a heading of this many lines (a one-line heading leaves more). */
    static int bodyLines(int headingLines) {
        return (int) ((ROW_HEIGHT - PANEL_PAD - headingHeight(headingLines) - HEADING_GAP - PANEL_PAD + 3)
                / lineHeight(BODY_SIZE));
    }

    /** The left, bottom, width and height of cell {@code index} (0–7): panels 0–6, then the questions. */
    static float[] cell(int index) {
        int row = index / 2;
        int column = index % 2;
        float y = GRID_TOP - row * (ROW_HEIGHT + PANEL_GAP) - ROW_HEIGHT;
        float x = SIDE + column * (COLUMN_WIDTH + PANEL_GAP);
        return new float[] {x, y, COLUMN_WIDTH, ROW_HEIGHT};
    }
}
