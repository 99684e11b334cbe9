package org.fieldstock.interfaces.shared.rest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.document.AllowedActions;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.interfaces.shared.MessageBundle;

/**
 * Whether the caller may do a life-cycle action to a document now and, if not, why: the same answer
 * the service gives when the action is tried, so that a client can offer only what will work.
 *
 * @param action   MODIFY, REVIEW, UNREVIEW or DELETE
 * @param allowed  whether it would be accepted now
 * @param codes    why not: the message keys an attempt would answer with
 * @param messages why not, in the client's language
 */
@Schema(name = "DocumentAction")
public record ActionJson(String action, boolean allowed, List<String> codes, List<String> messages) {

    public static List<ActionJson> of(AllowedActions actions, Locale locale) {
        return Stream.of(DocumentAction.values()).map(action -> actions.whyNot(action)
                .map(refusal -> new ActionJson(action.name(), false,
                        refusal.problems().stream().map(p -> p.getMessageKey()).toList(),
                        refusal.problems().stream().map(p -> MessageBundle.text(locale, p)).toList()))
                .orElseGet(() -> new ActionJson(action.name(), actions.allows(action), List.of(), List.of())))
                .toList();
    }
}
