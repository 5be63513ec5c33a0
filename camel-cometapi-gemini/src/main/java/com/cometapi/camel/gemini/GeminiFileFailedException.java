package com.cometapi.camel.gemini;

import org.apache.camel.CamelException;

/**
 * Gemini could not process an uploaded file: the Files API reported its {@code state} as {@code FAILED}
 * ({@code gemini:upload}, or a body {@code autoUpload} uploaded).
 */
public class GeminiFileFailedException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String mimeType;
    private final String errorMessage;

    /**
     * @param fileName     the file's resource name, {@code files/...}
     * @param mimeType     the file's MIME type
     * @param errorMessage the file's {@code error.message}, or null when Gemini gave none
     */
    public GeminiFileFailedException(String fileName, String mimeType, String errorMessage) {
        super("Gemini could not process the uploaded file " + fileName + " (" + mimeType + "): "
              + (errorMessage == null ? "state FAILED, no error message given" : errorMessage)
              + "; check that the file is a valid " + mimeType + " file of a type Gemini accepts");
        this.fileName = fileName;
        this.mimeType = mimeType;
        this.errorMessage = errorMessage;
    }

    /** The file's resource name, {@code files/...}. */
    public String getFileName() {
        return fileName;
    }

    /** The MIME type the file was uploaded with. */
    public String getMimeType() {
        return mimeType;
    }

    /** Gemini's reason ({@code error.message} of the file), or null when it gave none. */
    public String getErrorMessage() {
        return errorMessage;
    }
}
