package org.fieldstock.interfaces.shared;

import java.io.Serializable;
import java.util.function.Supplier;

import org.fieldstock.domain.document.AllowedActions;
import org.fieldstock.domain.document.DocumentAction;

/**
 * The life-cycle buttons of a page showing one document: they follow the service's answer of what
 * the caller may do to it now, asked once per version of the document shown (a page renders its
 * buttons several times per request, and again on every request of the view).
 */
public final class ActionButtons implements Serializable {

    private static final long serialVersionUID = 1L;

    private AllowedActions actions;
    private long documentId;
    private int documentVersion;

    /** Whether the button of the action shows for this version of the document; {@code ask} is the service. */
    public boolean shows(DocumentAction action, long id, int version, Supplier<AllowedActions> ask) {
        if (actions == null || documentId != id || documentVersion != version) {
            actions = ask.get();
            documentId = id;
            documentVersion = version;
        }
        return actions.allows(action);
    }
}
