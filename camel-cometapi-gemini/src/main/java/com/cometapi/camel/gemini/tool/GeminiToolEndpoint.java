package com.cometapi.camel.gemini.tool;

import java.util.List;
import java.util.Map;

import com.cometapi.camel.gemini.model.FunctionDeclaration;
import com.cometapi.camel.gemini.request.OptionChecks;
import com.cometapi.camel.gemini.request.ResourceLoader;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * A Camel route that Gemini may call as a function: {@code from("gemini-tool:get_weather?description=...&parameter.city=string")}.
 * The route receives the call's arguments as a JSON object body and one header per top-level argument; its result
 * body goes back to the model.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "gemini-tool", title = "CometAPI Gemini Tool",
             syntax = "gemini-tool:name", consumerOnly = true, category = { Category.AI })
public class GeminiToolEndpoint extends DefaultEndpoint {

    @UriPath(description = "The function name the model calls (letters, digits, underscores, dashes; at most 64)")
    @Metadata(required = true)
    private final String name;
    @UriParam(description = "What the function does, for the model to decide when to call it")
    private String description;
    @UriParam(description = "Comma-separated tags; a gemini endpoint with tools=TAG offers the tools carrying that tag")
    private String tags;
    @UriParam(description = "The parameters as a JSON Schema object (type object, properties, required), or"
                            + " resource:classpath:... to load it; instead of the parameter.ARG options")
    private String parameters;
    @UriParam(prefix = "parameter.", multiValue = true,
              description = "Parameters one by one: parameter.ARG=TYPE (string, integer, number, boolean, object,"
                            + " array), with parameter.ARG.description, parameter.ARG.required (default true) and"
                            + " parameter.ARG.enum=a,b,c")
    private Map<String, Object> parameter;

    private FunctionDeclaration declaration;

    public GeminiToolEndpoint(String uri, GeminiToolComponent component, String name) {
        super(uri, component);
        this.name = name;
    }

    @Override
    public GeminiToolComponent getComponent() {
        return (GeminiToolComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("gemini-tool endpoints are called by the model: use them in from(...)");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        GeminiToolConsumer consumer = new GeminiToolConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.:-]{0,63}")) {
            throw new IllegalArgumentException("gemini-tool name '" + name + "' is not a valid function name: start with"
                                               + " a letter or underscore, then letters, digits, _ . : - (64 at most)");
        }
        declaration = ToolDeclarations.declaration(name, description,
                new ResourceLoader(getCamelContext()).textOf("parameters", parameters), parameter);
    }

    /** The function declaration offered to the model. */
    public FunctionDeclaration declaration() {
        return declaration;
    }

    List<String> tagList() {
        List<String> list = OptionChecks.commaList(tags);
        return list == null ? List.of() : list;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }

    public Map<String, Object> getParameter() {
        return parameter;
    }

    public void setParameter(Map<String, Object> parameter) {
        this.parameter = parameter;
    }
}
