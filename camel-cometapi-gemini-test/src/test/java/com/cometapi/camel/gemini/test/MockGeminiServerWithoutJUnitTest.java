package com.cometapi.camel.gemini.test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mock runs in a demo or a development profile, where JUnit is absent: its classes are loaded here from the test
 * kit's own classes and Jackson only, in a class loader that cannot see JUnit.
 */
class MockGeminiServerWithoutJUnitTest {

    private static final String PACKAGE = MockGeminiServer.class.getPackageName();

    private URLClassLoader withoutJUnit;

    @BeforeEach
    void isolate() throws Exception {
        withoutJUnit = new URLClassLoader(new URL[] {
                location(MockGeminiServer.class), location(ObjectMapper.class), location(JsonFactory.class),
                location(JsonInclude.class) }, ClassLoader.getPlatformClassLoader());
        assertThatThrownBy(() -> withoutJUnit.loadClass("org.junit.jupiter.api.extension.Extension"))
                .as("the isolated loader must not see JUnit").isInstanceOf(ClassNotFoundException.class);
    }

    @AfterEach
    void close() throws Exception {
        withoutJUnit.close();
    }

    @Test
    void everyClassOfTheMockLinksWithoutJUnitButTheExtension() throws Exception {
        List<String> linked = new ArrayList<>();
        for (String name : classesOfThePackage()) {
            if (name.equals(MockGeminiServerExtension.class.getName())) {
                assertThatThrownBy(() -> link(name)).as("the extension needs JUnit")
                        .isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("org/junit");
            } else {
                link(name);
                linked.add(name);
            }
        }
        assertThat(linked).contains(MockGeminiServer.class.getName(), MockReply.class.getName(),
                RealOrMock.class.getName(), RecordedRequest.class.getName());
    }

    @Test
    void realOrMockRunsAScriptedMockWithoutJUnit() throws Exception {
        Class<?> realOrMock = withoutJUnit.loadClass(RealOrMock.class.getName());
        Class<?> runType = withoutJUnit.loadClass(RealOrMock.Run.class.getName());
        Class<?> serverType = withoutJUnit.loadClass(MockGeminiServer.class.getName());
        Class<?> replyType = withoutJUnit.loadClass(MockReply.class.getName());
        Method enqueue = serverType.getMethod("enqueue", replyType.arrayType());
        Object scripted = Array.newInstance(replyType, 1);
        Array.set(scripted, 0, replyType.getMethod("text", String.class).invoke(null, "Answered without JUnit"));
        Consumer<Object> script = mock -> invoke(enqueue, mock, scripted);
        List<String> answers = new ArrayList<>();
        Object run = Proxy.newProxyInstance(withoutJUnit, new Class<?>[] { runType }, (proxy, method, args) -> {
            answers.add(generate((String) args[0], "Hello"));
            answers.add(generate((String) args[0], "Hello again"));
            return null;
        });
        Method runMethod = realOrMock.getDeclaredMethod("run", String.class, PrintStream.class, String.class,
                Consumer.class, runType);
        runMethod.setAccessible(true);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        runMethod.invoke(null, null, new PrintStream(printed, true, StandardCharsets.UTF_8), "a scripted answer",
                script, run);

        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).contains("\"text\": \"Answered without JUnit\"");
        assertThat(answers.get(1)).as("the built-in reply once the queue is empty")
                .contains("Mock Gemini answer to: Hello again");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("using the offline MockGeminiServer at");
    }

    private void link(String name) throws ClassNotFoundException {
        Class<?> type = Class.forName(name, true, withoutJUnit);
        type.getDeclaredMethods();
        type.getDeclaredFields();
        type.getDeclaredConstructors();
        type.getInterfaces();
    }

    private static List<String> classesOfThePackage() throws Exception {
        Path folder = Path.of(location(MockGeminiServer.class).toURI()).resolve(PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".class"))
                    .map(file -> PACKAGE + "." + file.substring(0, file.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
    }

    private static String generate(String baseUrl, String prompt) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/v1beta/models/gemini-2.5-flash:generateContent"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"" + prompt + "\"}]}]}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static void invoke(Method method, Object target, Object argument) {
        try {
            method.invoke(target, argument);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
