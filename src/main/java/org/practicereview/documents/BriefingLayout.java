package org.practicereview.documents;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.practicereview.documents.internal.TextLayout;

/**
 * Where everything sits on the briefing's single A4 page, in points from the bottom left. Every
 * box has a fixed size, so what fits in it can be known before rendering (see BriefingLimits).
 */
final class BriefingLayout {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float SIDE = 34;
    static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * SIDE;

    static final float LABEL_SIZE = 8.5f;
    static final float TITLE_SIZE = 16;
    static final float META_SIZE = 10.5f;
    static final float HEADING_SIZE = 11;
    static final float BODY_SIZE = 10;
    static final float FOOTER_SIZE = 8;

    static final int TITLE_LINES = 2;
    static final float BAND_PAD = 13;
    static final float BAND_HEIGHT = 2 * BAND_PAD + bandBlock(TITLE_LINES);
    static final float BAND_TEXT_WIDTH = CONTENT_WIDTH - 84;

    static final float PANEL_PAD = 11;
    static final float PANEL_GAP = 8;
    static final float DISC_RADIUS = 11;
    static final int HEADING_LINES = 2;
    static final float HEADING_INDENT = 2 * DISC_RADIUS + 8;

    static final int QUESTION_LINES = 2;
    static final float QUESTION_INDENT = 16;
    static final float QUESTION_GAP = 4;

    static final float FOOTER_BASELINE = 22;
    static final float CONTENT_BOTTOM = 38;

    static final float QUESTIONS_HEIGHT = PANEL_PAD + lineHeight(HEADING_SIZE) + 4
            + 3 * QUESTION_LINES * lineHeight(BODY_SIZE) + 2 * QUESTION_GAP + PANEL_PAD - 2;
    static final float GRID_TOP = PAGE.getHeight() - BAND_HEIGHT - 10;
    static final float GRID_BOTTOM = CONTENT_BOTTOM + QUESTIONS_HEIGHT + PANEL_GAP;
    static final float BODY_TOP_OFFSET = PANEL_PAD + HEADING_LINES * lineHeight(HEADING_SIZE) + 5;
    /** The seventh panel spans both columns, so it needs fewer lines for the same text. */
    static final int ACTION_BODY_LINES = 4;
    static final float ACTION_ROW_HEIGHT = BODY_TOP_OFFSET + ACTION_BODY_LINES * lineHeight(BODY_SIZE) + PANEL_PAD;
    static final float ROW_HEIGHT = (GRID_TOP - GRID_BOTTOM - ACTION_ROW_HEIGHT - 3 * PANEL_GAP) / 3;
    static final float COLUMN_WIDTH = (CONTENT_WIDTH - PANEL_GAP) / 2;

    static final float HEADING_WIDTH = COLUMN_WIDTH - 2 * PANEL_PAD - HEADING_INDENT;
    static final float BODY_WIDTH = COLUMN_WIDTH - 2 * PANEL_PAD;
    static final int BODY_LINES = (int) ((ROW_HEIGHT - BODY_TOP_OFFSET - PANEL_PAD + 3) / lineHeight(BODY_SIZE));
    static final float QUESTION_WIDTH = CONTENT_WIDTH - 2 * PANEL_PAD - QUESTION_INDENT;
    static final float ACTION_BODY_WIDTH = CONTENT_WIDTH - 2 * PANEL_PAD;

    private BriefingLayout() {
    }

    /** The label, the title, the board and the pseudonym line, set one under the other. */
    static float bandBlock(int titleLines) {
        return lineHeight(LABEL_SIZE) + 4 + titleLines * lineHeight(TITLE_SIZE) + 6 + 2 * lineHeight(META_SIZE);
    }

    static float lineHeight(float size) {
        return TextLayout.lineHeight(size);
    }

    /** The left, bottom, width and height of panel {@code index} (0–6); the seventh spans both columns. */
    static float[] panelBox(int index) {
        int row = index / 2;
        int column = index % 2;
        float height = index == 6 ? ACTION_ROW_HEIGHT : ROW_HEIGHT;
        float y = GRID_TOP - row * (ROW_HEIGHT + PANEL_GAP) - height;
        float x = SIDE + column * (COLUMN_WIDTH + PANEL_GAP);
        float width = index == 6 ? CONTENT_WIDTH : COLUMN_WIDTH;
        return new float[] {x, y, width, height};
    }
}
