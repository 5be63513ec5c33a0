package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The sources a candidate recites. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CitationMetadata extends GeminiObject {

    private List<CitationSource> citationSources;

    public List<CitationSource> getCitationSources() {
        return citationSources;
    }

    public CitationMetadata setCitationSources(List<CitationSource> citationSources) {
        this.citationSources = citationSources;
        return this;
    }
}
