package org.fieldstock.interfaces.user.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.user.ApiTokenService;
import org.fieldstock.domain.user.ApiToken;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.omnifaces.cdi.ViewScoped;

/** "My API tokens": make a token (its secret shown once), see the tokens, revoke one. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    @Inject
    private ApiTokenService tokens;

    @Inject
    private FacesFeedback feedback;

    private String label;
    private String newSecret;
    private List<TokenRow> mine = List.of();

    @PostConstruct
    void load() {
        feedback.attempt(() -> mine = TokenRow.all(tokens.mine()));
    }

    public void issue() {
        feedback.attempt(() -> {
            ApiToken.Issued issued = tokens.issue(label);
            newSecret = issued.secret();
            label = null;
            feedback.info("token.issued", issued.token().getLabel());
        });
        load();
    }

    public void revoke(TokenRow token) {
        feedback.attempt(() -> {
            tokens.revoke(token.id());
            feedback.info("token.revoked", token.label());
        });
        newSecret = null;
        load();
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** The secret of the token just made; only in this view, never shown again. */
    public String getNewSecret() {
        return newSecret;
    }

    public List<TokenRow> getMine() {
        return mine;
    }
}
