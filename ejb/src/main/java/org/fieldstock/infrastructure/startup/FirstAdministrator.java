package org.fieldstock.infrastructure.startup;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.application.user.Passwords;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.shared.BilingualText;
import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.UserRepository;

/**
 * A database without users (a new installation without demo data) gets one administrator,
 * {@value #USERNAME}, with a temporary password written once to the server log; it must be changed
 * at the first login. Without it nobody could log in to create the organisation and its users.
 * The planning office is created with it when the database holds no org unit at all.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class FirstAdministrator {

    static final String USERNAME = "admin";
    static final String PLANNING_OFFICE_CODE = "PO";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Inject
    private UserRepository users;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private Passwords passwords;

    @PostConstruct
    void createIfNobodyCanLogIn() {
        if (!users.all().isEmpty()) {
            return;
        }
        OrgUnit planningOffice = organisation.allOrgUnits().stream()
                .filter(unit -> unit.getKind() == OrgUnitKind.PLANNING_OFFICE).findFirst()
                .orElseGet(this::createPlanningOffice);
        String temporary = passwords.temporary();
        users.add(AppUser.withTemporaryPassword(USERNAME, passwords.hash(temporary), "Administrator", planningOffice,
                EnumSet.of(Role.ADMIN), Instant.now()));
        LOG.warning(() -> "No users in the database: created the administrator '" + USERNAME
                + "' with the temporary password " + temporary + " (it must be changed at the first login)");
    }

    private OrgUnit createPlanningOffice() {
        OrgUnit office = new OrgUnit(PLANNING_OFFICE_CODE, OrgUnitKind.PLANNING_OFFICE,
                BilingualText.in(Locale.SIMPLIFIED_CHINESE, "planningOffice.name"),
                BilingualText.in(Locale.ENGLISH, "planningOffice.name"), null, null);
        em.persist(office);
        return office;
    }
}
