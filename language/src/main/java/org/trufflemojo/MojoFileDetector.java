package org.trufflemojo;

import com.oracle.truffle.api.TruffleFile;
import java.nio.charset.Charset;

/** Maps the file extensions {@code .mojo} and {@code .🔥} to the Mojo MIME type. */
public final class MojoFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        if (name != null && (name.endsWith(".mojo") || name.endsWith(".\uD83D\uDD25"))) {
            return MojoLanguage.MIME_TYPE;
        }
        return null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
