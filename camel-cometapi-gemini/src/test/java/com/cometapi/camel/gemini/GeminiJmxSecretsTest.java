package com.cometapi.camel.gemini;

import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.cometapi.camel.gemini.test.logscan.LogScan;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static com.cometapi.camel.gemini.TestComponents.testComponent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key written into an endpoint URI does not show in JMX: Camel masks options marked secret.
 */
class GeminiJmxSecretsTest extends CamelTestSupport {

    private static final String KEY = LogScan.watchEchoedByCamelCore("AIzaSy-jmx-secret-0b5e");

    @Override
    protected boolean useJmx() {
        return true;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("gemini", testComponent("http://127.0.0.1:9", null));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask").routeId("ask").to("gemini:generate?apiKey=RAW(" + KEY + ")&model=gemini-2.5-flash");
            }
        };
    }

    @Test
    void endpointAndRouteMBeansDoNotShowTheKey() throws Exception {
        MBeanServer mbeans = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        Set<ObjectName> names = mbeans.queryNames(new ObjectName("org.apache.camel:*"), null);
        int geminiEndpoints = 0;
        for (ObjectName name : names) {
            for (var attribute : mbeans.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable() || !attribute.getType().equals(String.class.getName())) {
                    continue;
                }
                Object value;
                try {
                    value = mbeans.getAttribute(name, attribute.getName());
                } catch (Exception unreadable) {
                    continue;
                }
                assertThat(String.valueOf(value)).as(name + " " + attribute.getName()).doesNotContain(KEY);
                if ("EndpointUri".equals(attribute.getName()) && String.valueOf(value).startsWith("gemini")) {
                    geminiEndpoints++;
                }
            }
            assertThat(name.toString()).doesNotContain(KEY);
        }
        assertThat(geminiEndpoints).as("the gemini endpoint's MBean was checked").isPositive();
    }
}
