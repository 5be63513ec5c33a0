package com.cometapi.camel.gemini.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A turn of a conversation: a role ({@code user} or {@code model}) and its parts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"role", "parts"})
public class Content extends GeminiObject {

    private String role;
    private List<Part> parts;

    /** Role of the user's turns (function responses are sent with this role too). */
    public static final String ROLE_USER = "user";
    /** Role of the model's turns. */
    public static final String ROLE_MODEL = "model";

    /** A user turn with one text part. */
    public static Content user(String text) {
        return user(Part.ofText(text));
    }

    /** A user turn with the given parts. */
    public static Content user(Part... parts) {
        return of(ROLE_USER, new ArrayList<>(Arrays.asList(parts)));
    }

    /** A model turn with the given parts. */
    public static Content model(Part... parts) {
        return of(ROLE_MODEL, new ArrayList<>(Arrays.asList(parts)));
    }

    /** A turn with the given role and parts. */
    public static Content of(String role, List<Part> parts) {
        return new Content().setRole(role).setParts(parts);
    }

    public String getRole() {
        return role;
    }

    public Content setRole(String role) {
        this.role = role;
        return this;
    }

    public List<Part> getParts() {
        return parts;
    }

    public Content setParts(List<Part> parts) {
        this.parts = parts;
        return this;
    }
}
