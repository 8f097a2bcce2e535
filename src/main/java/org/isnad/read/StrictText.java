package org.isnad.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens input files safely and reads them as strict UTF-8: only regular files (a named pipe would
 * block forever, a device never ends), sizes checked against the heap before reading, no replacement
 * characters, and messages that name the bad byte.
 */
final class StrictText {
    private StrictText() {
    }

    /**
     * Opens a regular file (following symbolic links) for reading; pipes, devices, sockets and folders
     * are refused before anything is opened.
     */
    static InputStream open(Path file, String origin) throws InputProblem {
        BasicFileAttributes attrs = attributes(file, origin);
        if (!attrs.isRegularFile()) {
            throw new InputProblem(origin, "not a regular file (" + kind(attrs) + "): refused");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new InputProblem(origin, "cannot read: " + reason(e));
        }
    }

    /** Size of a regular file, for checks before reading. */
    static long size(Path file, String origin) throws InputProblem {
        return attributes(file, origin).size();
    }

    private static BasicFileAttributes attributes(Path file, String origin) throws InputProblem {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new InputProblem(origin, "cannot read: " + reason(e));
        }
    }

    private static String kind(BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a folder";
        }
        return "a named pipe, device or socket";
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads a whole file as one document, refusing it before reading when the heap cannot take it. */
    static String read(Path file, String origin) throws InputProblem {
        long limit = InputLimits.maxDocumentBytes();
        try (InputStream in = open(file, origin)) {
            long size = size(file, origin);
            if (size > limit) {
                throw new InputProblem(origin, InputLimits.tooLarge(size));
            }
            if (size == 0) {
                throw new InputProblem(origin, "empty file");
            }
            StrictUtf8Reader reader = new StrictUtf8Reader(in);
            StringBuilder text = new StringBuilder((int) size);
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                text.append(buf, 0, n);
                if (reader.bytesRead() > limit) {
                    // It grew after the size check: still never more than the limit in memory.
                    throw new InputProblem(origin, InputLimits.tooLarge(reader.bytesRead()));
                }
            }
            return nonBlank(text.toString(), origin);
        } catch (StrictUtf8Reader.BadBytes e) {
            throw new InputProblem(origin, e.getMessage());
        } catch (IOException e) {
            throw new InputProblem(origin, "cannot read: " + reason(e));
        }
    }

    /** Decodes bytes already in memory (standard input) with the same checks. */
    static String decode(byte[] bytes, String origin) throws InputProblem {
        if (bytes.length == 0) {
            throw new InputProblem(origin, "empty file");
        }
        try (Reader reader = new StrictUtf8Reader(new java.io.ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder(bytes.length);
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                text.append(buf, 0, n);
            }
            return nonBlank(text.toString(), origin);
        } catch (IOException e) {
            throw new InputProblem(origin, e.getMessage());
        }
    }

    private static String nonBlank(String text, String origin) throws InputProblem {
        if (text.isBlank()) {
            throw new InputProblem(origin, "empty file (only whitespace)");
        }
        return text;
    }
}
