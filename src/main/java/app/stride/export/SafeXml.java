package app.stride.export;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading activity files from outside without trusting them: a size limit before reading, a StAX factory with DTDs
 * and external entities off, and a first pass that refuses any DOCTYPE (a watch export never needs one; entity
 * tricks such as "billion laughs" need one) and anything that is not complete, well-formed XML with the expected root.
 */
public final class SafeXml {

    /** A 24-hour run recorded every second is about 15 MB of TCX; anything past this is not a run. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private SafeXml() {
    }

    /** A StAX factory that reads no DTD and resolves no external entity. */
    public static XMLInputFactory factory() {
        final XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entities are not read: " + systemId);
        });
        return f;
    }

    /**
     * The bytes of {@code file} once they passed the checks: not too big, XML, no DOCTYPE, root element {@code root}.
     *
     * @throws InvalidInputException one line naming the file and what is wrong with it
     */
    public static byte[] read(final Path file, final String root, final String format) {
        final String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw refused(name, Messages.get("import.error.noFile"));
            }
            final long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refused(name, Messages.get("import.error.tooBig", size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
            }
            if (size == 0) {
                throw refused(name, Messages.get("import.error.notXml", format));
            }
            final byte[] bytes = Files.readAllBytes(file);
            scan(bytes, name, root, format);
            return bytes;
        } catch (IOException e) {
            throw refused(name, Messages.get("import.error.read", e.getMessage()));
        }
    }

    private static void scan(final byte[] bytes, final String name, final String root, final String format) {
        boolean inRoot = false;
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (r.hasNext()) {
                final int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refused(name, Messages.get("import.error.dtd"));
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused(name, Messages.get("import.error.dtd"));
                }
                if (event == XMLStreamConstants.START_ELEMENT && !inRoot) {
                    if (!root.equals(r.getLocalName())) {
                        throw refused(name, Messages.get("import.error.wrongRoot", format, r.getLocalName()));
                    }
                    inRoot = true;
                }
            }
            if (!inRoot) {
                throw refused(name, Messages.get("import.error.notXml", format));
            }
        } catch (XMLStreamException e) {
            final int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw refused(name, inRoot ? Messages.get("import.error.broken", line) : Messages.get("import.error.notXml", format));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // Nothing was kept open beyond the byte array.
                }
            }
        }
    }

    /** The refusal: "FILE run.gpx: ...". */
    public static InvalidInputException refused(final String name, final String why) {
        return new InvalidInputException("FILE", Messages.get("import.error.prefix", name, why));
    }

    /** SHA-256 of the file's bytes, so the same file is recognised however it is named. */
    public static String fingerprint(final byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
