package org.fieldstock.interfaces.shared.rest;

import java.util.List;

/**
 * A request the API cannot even read as meant (a value that is not in the encoding the field
 * requires, such as Base64): 400, as opposed to a readable request that breaks a rule (422).
 */
public class MalformedRequestException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public MalformedRequestException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    String getMessageKey() {
        return messageKey;
    }

    Object[] getArguments() {
        return arguments.toArray();
    }
}
