package app.stride.common;

/**
 * A failure whose message is written for the runner (a full disk, data in use by another window), so a screen shows
 * it as it is instead of "something went wrong".
 */
public interface SaysWhatHappened {

    /** Whether {@link Throwable#getMessage()} is fit to show the runner. */
    boolean saysWhatHappened();
}
