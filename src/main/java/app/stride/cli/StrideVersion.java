package app.stride.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (falls back to "development" when run from classes). */
public final class StrideVersion implements IVersionProvider {

    /** The version of this build. */
    public static String current() {
        final String v = StrideVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Stride " + current(), "Java " + System.getProperty("java.version")};
    }
}
