package app.stride.store;

import app.stride.common.Messages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * The app window's claim on a data folder: an OS file lock on {@code stride.lock}, held while the window is open and
 * released by the OS if the process dies. A second window on the same folder cannot take it and says so instead of
 * writing alongside the first. (Commands on the command line do not take it: they wait for SQLite's own lock.)
 */
public final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(final FileChannel channel, final FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, creating the folder (0700) and lock file (0600) if needed.
     *
     * @throws StoreException with {@link StoreProblem#IN_USE} if another Stride window holds it
     */
    public static DataFolderLock acquire(final DataFolder folder) {
        try {
            OwnerOnly.createFolder(folder.path());
            if (!Files.exists(folder.lockFile())) {
                try {
                    OwnerOnly.createFile(folder.lockFile());
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // the other window made it a moment ago: the lock below decides
                }
            }
            final FileChannel channel = FileChannel.open(folder.lockFile(), StandardOpenOption.WRITE);
            final FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                channel.close();
                throw inUse(folder);
            }
            if (lock == null) {
                channel.close();
                throw inUse(folder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.lockFailed", folder.path(), Database.why(e)), e);
        }
    }

    private static StoreException inUse(final DataFolder folder) {
        return new StoreException(StoreProblem.IN_USE, Messages.get("store.inUse", folder.path()), null);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the process anyway
        }
    }
}
