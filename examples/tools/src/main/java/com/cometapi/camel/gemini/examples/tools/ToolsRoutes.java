package com.cometapi.camel.gemini.examples.tools;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Two Camel routes Gemini may call as functions, and the route that asks it. {@code gemini-tool:NAME} declares a
 * function (name, description, parameters) and runs the route when the model calls it: the route gets the call's
 * arguments as a JSON body and one header per argument, and its body (here JSON text) goes back to the model.
 * {@code gemini:generate?tools=assistant} offers every started tool route tagged {@code assistant} and runs the loop
 * until the model answers in text.
 */
public class ToolsRoutes extends RouteBuilder {

    static final String MODEL = "gemini-2.5-flash";

    /** One tool route run: the function's name and the arguments it received (the JSON body). */
    public record ToolCall(String name, String args) {
    }

    private final PrintStream out;
    private final List<ToolCall> calls = new CopyOnWriteArrayList<>();

    public ToolsRoutes(PrintStream out) {
        this.out = out;
    }

    @Override
    public void configure() {
        // snippet:tools-routes
        from("gemini-tool:get_weather?description=Current weather in a city&tags=assistant"
             + "&parameter.city=string&parameter.city.description=City name, e.g. Paris")
                .routeId("get_weather")
                .process(exchange -> announce("get_weather", exchange))
                .setBody(simple("{\"city\": \"${header.city}\", \"temperatureC\": 18, \"conditions\": \"light rain\"}"));

        from("gemini-tool:get_stock_price?description=Latest trading price of a stock&tags=assistant"
             + "&parameter.symbol=string&parameter.symbol.description=Ticker symbol, e.g. ACME")
                .routeId("get_stock_price")
                .process(exchange -> announce("get_stock_price", exchange))
                .setBody(simple("{\"symbol\": \"${header.symbol}\", \"price\": 123.45, \"currency\": \"USD\"}"));

        from("direct:assistant")
                .to("gemini:generate?model=" + MODEL + "&tools=assistant");
        // end-snippet:tools-routes
    }

    /** Prints the call the moment the model makes it: the body is the arguments object as JSON. */
    private void announce(String tool, Exchange exchange) {
        ToolCall call = new ToolCall(tool, exchange.getMessage().getBody(String.class));
        calls.add(call);
        out.println("Tool    : " + call.name() + " " + call.args());
        out.flush();
    }

    /** The tool routes run so far, in order. */
    public List<ToolCall> calls() {
        return List.copyOf(calls);
    }
}
