package app.stride.ui.today;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Today's top row: the why on its one line and the notice beside it taking what is left. Only a why too long to leave
 * the notice its minimum width wraps, and then at the width the notice leaves, not squeezed to half the row. Worked
 * out at every layout, so a new text, font or stylesheet is always measured afresh.
 */
final class WhyBesideNotice extends Pane {

    private final Node why;
    private final Node notice;
    private final double spacing;

    WhyBesideNotice(final double spacing, final Node why, final Node notice) {
        super(why, notice);
        this.why = why;
        this.notice = notice;
        this.spacing = spacing;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(final double height) {
        return inset() + (notice.isManaged() ? notice.minWidth(-1) : why.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(final double height) {
        return inset() + why.prefWidth(-1) + (notice.isManaged() ? spacing + notice.prefWidth(-1) : 0);
    }

    @Override
    protected double computePrefHeight(final double width) {
        final Insets in = getInsets();
        if (width < 0) {
            return in.getTop() + in.getBottom() + Math.max(why.prefHeight(-1), notice.isManaged() ? notice.prefHeight(-1) : 0);
        }
        final double whyWidth = whyWidth(width - inset());
        final double tallest = Math.max(why.prefHeight(whyWidth),
                notice.isManaged() ? notice.prefHeight(noticeWidth(width - inset(), whyWidth)) : 0);
        return in.getTop() + in.getBottom() + tallest;
    }

    @Override
    protected void layoutChildren() {
        final Insets in = getInsets();
        final double inner = getWidth() - inset();
        final double height = getHeight() - in.getTop() - in.getBottom();
        final double whyWidth = whyWidth(inner);
        layoutInArea(why, in.getLeft(), in.getTop(), whyWidth, height, 0, HPos.LEFT, VPos.TOP);
        if (notice.isManaged()) {
            layoutInArea(notice, in.getLeft() + whyWidth + spacing, in.getTop(), noticeWidth(inner, whyWidth), height, 0,
                    HPos.LEFT, VPos.TOP);
        }
    }

    /** The why's width in a row {@code inner} wide: its own, or what the notice's minimum leaves. */
    double whyWidth(final double inner) {
        final double room = notice.isManaged() ? inner - notice.minWidth(-1) - spacing : inner;
        return Math.max(0, Math.min(why.prefWidth(-1), room));
    }

    private double noticeWidth(final double inner, final double whyWidth) {
        return Math.max(0, Math.min(notice.maxWidth(-1), inner - whyWidth - spacing));
    }

    private double inset() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
