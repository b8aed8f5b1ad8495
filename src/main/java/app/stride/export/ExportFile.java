package app.stride.export;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import java.io.IOException;
import java.io.OutputStream;
import app.stride.common.CannotContinueException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an export whole or not at all: into a temporary file beside the target, then moved over it. */
public final class ExportFile {

    /** What fills the file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFile() {
    }

    /**
     * Checks {@code out} before anything is produced: its folder must exist and it must not be a folder.
     *
     * @throws InvalidInputException naming {@code option}
     */
    public static Path check(final String option, final Path out) {
        final Path target = out.toAbsolutePath().normalize();
        final Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException(option, Messages.get("export.error.noFolder", option, parent));
        }
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(option, Messages.get("export.error.isFolder", option, target));
        }
        return target;
    }

    /** Writes {@code body} to {@code out} (replacing it); a failure leaves {@code out} as it was. */
    public static Path write(final String option, final Path out, final Body body) {
        final Path target = check(option, out);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), ".stride-export-", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                body.writeTo(os);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return target;
        } catch (IOException e) {
            throw new CannotContinueException(Messages.get("export.error.write", target, e.getMessage()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A stray temporary file is harmless; the export itself was refused.
                }
            }
        }
    }
}
