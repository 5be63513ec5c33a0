package com.cometapi.camel.gemini.http;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * A request header that carries the API key: sent as is, but shown masked wherever it is printed, such as
 * HttpClient's {@code org.apache.hc.client5.http.headers} debug log.
 */
final class CredentialHeader extends BasicHeader {

    private static final long serialVersionUID = 1L;

    private CredentialHeader(String name, String value) {
        super(name, value, true);
    }

    /** A header for the name and value, masked when printed if it carries credentials. */
    static Header of(String name, String value) {
        return "x-goog-api-key".equalsIgnoreCase(name) || "authorization".equalsIgnoreCase(name)
                ? new CredentialHeader(name, value) : new BasicHeader(name, value);
    }

    @Override
    public String toString() {
        return getName() + ": xxxxxx";
    }
}
