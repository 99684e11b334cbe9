package org.fieldstock.interfaces.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Messages that must reach the page a redirect leads to ("Document ... reviewed"), kept in the HTTP
 * session until the next page renders. Instead of the Faces flash: Mojarra numbers flash entries with a
 * counter of each server, so after a fail-over to another node of a cluster (or a restarted one) the
 * message could be taken for an old one and dropped; a session attribute (FacesMessage is
 * serializable) moves with the session.
 */
public class MessagesAfterRedirect implements PhaseListener {

    private static final String ATTRIBUTE = MessagesAfterRedirect.class.getName();

    /** Keeps the message for the page rendered next, this request's own if it renders one. */
    static void keep(FacesContext context, FacesMessage.Severity severity, String text) {
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<FacesMessage> waiting = (List<FacesMessage>) session.get(ATTRIBUTE);
        List<FacesMessage> next = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
        next.add(new FacesMessage(severity, text, null));
        // set again, not changed in place: the cluster stores a session when an attribute is set
        session.put(ATTRIBUTE, next);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getExternalContext().getSession(false) == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<FacesMessage> waiting = (List<FacesMessage>) context.getExternalContext().getSessionMap().remove(ATTRIBUTE);
        if (waiting != null) {
            waiting.forEach(message -> context.addMessage(null, message));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing to do once the page is rendered
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
