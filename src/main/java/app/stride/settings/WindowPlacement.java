package app.stride.settings;

/** Where the main window was last, so it opens there again. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public static final WindowPlacement DEFAULT = new WindowPlacement(Double.NaN, Double.NaN, 1120, 720, false);

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
