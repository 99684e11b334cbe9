package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every demo role × every action × own scope and another BU's scope, twice: through the REST API,
 * and straight into the EJB services through {@link ServiceMatrixProbe} (so a rule that only a REST
 * resource enforced, or one that only the services enforce but REST maps wrongly, fails a cell).
 * The expected outcome of each cell is written out below; each test runs every cell and reports all
 * wrong cells at once.
 *
 * <p>Own scope is North China (BU NC, site ZBET); the other scope is North West (site GZBD). Out of
 * a user's sight an id answers 404 (it does not exist for them), a store code in a body 422 (an
 * unknown code); a role that may not do the action at all answers 403.
 *
 * <p>Transfer slips: the BU's accountant (or the planner) arranges slips within the BU, only the planner
 * arranges cross-BU slips and approves losses; the receiving end records the arrival. No BU user can
 * create, modify into, review or unreview a cross-BU slip, through REST, the services, or a hand-made
 * transfer document.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    private static final String ITEM = ServiceMatrixProbe.ITEM;
    /**
     * The demo users, one per role: a site chief, a BU planner and a BU supervisor also hold the viewer
     * role of their unit, as the demo organisation gives it them.
     */
    private static final String[] USERS = {"planner", "accountant", "manager", "keeper", "viewer", "admin", "chief",
            "buplanner", "supervisor"};

    @ArquillianResource
    private URL base;

    /** A saved material return of each BU's site, for freight requests to carry (set up before each test). */
    private String ownReturn;
    private String otherReturn;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fieldstockWar().addClasses(ServiceMatrixProbe.class, TestPictures.class);
    }

    /** Expected statuses per action, in the order of {@link #USERS}. */
    private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                     planner acct manager keeper viewer admin chief bu-planner supervisor
        EXPECTED.put("list sees own draft",        new int[] {1, 1, 1, 1, 1, 0, 1, 1, 1});
        EXPECTED.put("list sees other BU draft",   new int[] {1, 1, 0, 0, 0, 0, 0, 0, 0});
        EXPECTED.put("read own",                   new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("read other BU",              new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("history other BU",           new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        // a deleted document is gone, its history stays for whoever could read the document
        EXPECTED.put("read deleted own",           new int[] {404, 404, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("history deleted own",        new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("history deleted other BU",   new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("create own",                 new int[] {201, 201, 403, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("create other BU",            new int[] {201, 403, 403, 422, 403, 403, 403, 403, 403});
        EXPECTED.put("modify own",                 new int[] {200, 200, 403, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("modify other BU",            new int[] {200, 403, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("review own",                 new int[] {200, 200, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("review other BU",            new int[] {200, 403, 404, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("approve scrap own",          new int[] {200, 403, 200, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("approve scrap other BU",     new int[] {200, 403, 404, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("unreview own",               new int[] {200, 200, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("unreview other BU",          new int[] {200, 403, 404, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("return draft own",           new int[] {200, 200, 403, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("return draft other BU",      new int[] {200, 403, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("delete own",                 new int[] {204, 204, 403, 204, 403, 403, 403, 403, 403});
        EXPECTED.put("delete other BU",            new int[] {204, 403, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("on hand own site",           new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("on hand other BU site",      new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("lots other BU site",         new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("ledger other BU site",       new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("stock check",                new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("audit trail",                new int[] {200, 403, 403, 403, 403, 200, 403, 403, 403});
        EXPECTED.put("user list",                  new int[] {403, 403, 403, 403, 403, 200, 403, 403, 403});
        EXPECTED.put("reset a password (no such user)", new int[] {403, 403, 403, 403, 403, 404, 403, 403, 403});
        EXPECTED.put("own tokens",                 new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("org unit other BU site",     new int[] {200, 200, 404, 404, 404, 200, 404, 404, 404});
        EXPECTED.put("create a supplier",          new int[] {201, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("add a turbine to own site",  new int[] {201, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("item requests",              new int[] {200, 200, 200, 200, 403, 403, 403, 403, 403});
        // transfer slips: intra-BU by the BU's accountant or the planner, cross-BU by the planner alone
        EXPECTED.put("transfer list sees other BU slip",            new int[] {1, 1, 0, 0, 0, 0, 0, 0, 0});
        EXPECTED.put("transfer read other BU slip",                 new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("transfer read cross-BU slip from own site",   new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("transfer create intra own BU",                new int[] {201, 201, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer create intra other BU",              new int[] {201, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer create cross-BU",                    new int[] {201, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer modify own intra into cross-BU",     new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer modify cross-BU",                    new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer delete cross-BU",                    new int[] {204, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer review intra own BU",                new int[] {200, 200, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer review intra other BU",              new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer review cross-BU",                    new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer unreview cross-BU",                  new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer arrival into own site from other BU", new int[] {200, 200, 403, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer arrival into other BU from own site", new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer-in document by hand",                new int[] {422, 422, 403, 422, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer approve loss",                       new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer withdraw loss approval",             new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfer cross-BU report",                    new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("transfers in transit",                        new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("transfer work lists",                         new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        // stocktakes: the planner opens any, a BU accountant the own BU's monthly or quarterly count; whoever enters
        // documents for a store counts it; its BU manager (or the planner) approves. The calls change
        // nothing: a deadline in the past, no counts, a sheet not submitted, a stale version.
        EXPECTED.put("stocktake open quarterly",                    new int[] {422, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake open own BU monthly",               new int[] {422, 422, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake open other BU monthly",             new int[] {422, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake open own BU quarterly",             new int[] {422, 422, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake open other BU quarterly",           new int[] {422, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake campaigns",                         new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("stocktake read own site sheet",               new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("stocktake read other BU sheet",               new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("stocktake count own site",                    new int[] {422, 422, 403, 422, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake count other BU",                    new int[] {422, 403, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake approve own site",                  new int[] {409, 403, 409, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake approve other BU",                  new int[] {409, 403, 404, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("stocktake close",                             new int[] {409, 403, 403, 403, 403, 403, 403, 403, 403});
        // month close: the BU's accountant or the planner closes, the planner alone reopens; the calls
        // change nothing (the current month has not ended; an open month cannot be reopened)
        EXPECTED.put("close own BU month",                          new int[] {422, 422, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("close other BU month",                        new int[] {422, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("reopen a month",                              new int[] {409, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("closed months",                               new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("daily ledger own site",                       new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("daily ledger other BU site",                  new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("daily ledger PDF own site",                   new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("daily ledger PDF other BU site",              new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("on hand at a past day other BU site",         new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        // the damaged-part register: every stock role, of the sites it sees (another BU's site: no lines)
        EXPECTED.put("failed-part register",                        new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("failed-part register workbook",               new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("failed-part packing list own site",           new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("failed-part returns",                         new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        // a unit no document moved: unknown to every stock role, refused to the administrator
        EXPECTED.put("failed-part serial history unknown unit",     new int[] {404, 404, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("failed-part return slip own site no lines",   new int[] {422, 422, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("failed-part warranty repair unknown unit",    new int[] {404, 404, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("failed-part repair hub",                      new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        // requisitions: the site's keeper or chief drafts, each signer signs in turn in the site's BU,
        // the planning office ships from the central store (across BUs); all who work with stock read
        EXPECTED.put("requisition list",                            new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("requisition draft own site",                  new int[] {403, 403, 403, 201, 403, 403, 201, 403, 403});
        EXPECTED.put("requisition read own site's",                 new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("requisition sign draft",                      new int[] {403, 403, 403, 403, 403, 403, 200, 403, 403});
        EXPECTED.put("requisition check filed",                     new int[] {403, 403, 403, 403, 403, 403, 403, 200, 403});
        EXPECTED.put("requisition send back filed",                 new int[] {403, 403, 403, 403, 403, 403, 403, 200, 403});
        EXPECTED.put("requisition supervise checked",               new int[] {403, 403, 403, 403, 403, 403, 403, 403, 200});
        EXPECTED.put("requisition approve signed",                  new int[] {403, 403, 200, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("requisition ship approved no lines",          new int[] {422, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("requisition deliveries",                      new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        // emergencies shipped first: all who read requisitions see the list; the site's keeper or chief,
        // the BU's accountant or planner and the planning office link the requisition that follows
        EXPECTED.put("emergencies shipped first",                   new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("emergency purchase link own site",            new int[] {200, 200, 403, 200, 403, 403, 200, 200, 403});
        EXPECTED.put("requisition photo add own draft",             new int[] {403, 403, 403, 201, 403, 403, 201, 403, 403});
        EXPECTED.put("requisition photo read own site's",           new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("weekly progress own BU",                      new int[] {200, 200, 200, 404, 200, 403, 404, 200, 200});
        // the annual demand plan: the planning office imports it; a BU's people read their BU's
        EXPECTED.put("demand plan own BU",                          new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("demand plan import not a workbook",           new int[] {422, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("demand plan of an item",                      new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        // the go-live import: the organisation by the planning office or the administrator, the catalogue and
        // opening balances by the planning office, users by the administrator; both follow every run
        EXPECTED.put("import template",                             new int[] {200, 403, 403, 403, 403, 200, 403, 403, 403});
        EXPECTED.put("import runs",                                 new int[] {200, 403, 403, 403, 403, 200, 403, 403, 403});
        EXPECTED.put("import items CSV dry run",                    new int[] {202, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("import users CSV dry run",                    new int[] {403, 403, 403, 403, 403, 202, 403, 403, 403});
        EXPECTED.put("import read the planner's run",               new int[] {200, 403, 403, 403, 403, 200, 403, 403, 403});
        EXPECTED.put("import passwords of the planner's run",       new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("import a run that found problems",            new int[] {409, 403, 403, 403, 403, 409, 403, 403, 403});
        // backups of the embedded database are the administrator's (an in-memory one has nothing to back up: 409)
        EXPECTED.put("backup now",                                  new int[] {403, 403, 403, 403, 403, 409, 403, 403, 403});
        EXPECTED.put("backups",                                     new int[] {403, 403, 403, 403, 403, 200, 403, 403, 403});
        // minimum stock: the planning office, or the BU's accountant or planner, sets a store's levels;
        // whoever reads the store reads them; the site asks for its shortfalls (none here: 409)
        EXPECTED.put("minimum stock of own site's store",           new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("minimum stock set own BU store",              new int[] {200, 200, 403, 403, 403, 403, 403, 200, 403});
        EXPECTED.put("minimum stock set other BU store",            new int[] {200, 403, 403, 403, 403, 403, 403, 404, 403});
        EXPECTED.put("minimum stock alerts",                        new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        // tool loans: whoever enters a store's documents lends its tools and takes them back; readers see the loans
        // outbound checks (出库复核): the BU's accountant requires them of its BU, the planner of any; a second
        // person checks (the calls change nothing: no rule asks for a check of these issues)
        EXPECTED.put("outbound checks",                             new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("outbound check require own BU",               new int[] {201, 201, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("outbound check require other BU",             new int[] {201, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("outbound check own site",                     new int[] {403, 409, 403, 409, 403, 403, 403, 403, 403});
        EXPECTED.put("outbound check other BU site",                new int[] {403, 403, 403, 404, 403, 403, 403, 403, 403});
        // receiving: whoever enters a store's documents reports discrepancies and attaches papers; readers see the lists
        EXPECTED.put("receiving to count",                          new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("discrepancies",                               new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("discrepancy report own site",                 new int[] {201, 201, 403, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("discrepancy report other BU site",            new int[] {201, 403, 403, 422, 403, 403, 403, 403, 403});
        EXPECTED.put("papers attach own site",                      new int[] {200, 200, 403, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("papers attach other BU site",                 new int[] {200, 403, 403, 404, 403, 403, 403, 403, 403});
        // shelves: whoever enters a store's documents places its items; the planning office classes items A, B, C
        EXPECTED.put("bin cards own site",                          new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("bin place own site",                          new int[] {200, 200, 403, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("bin place other BU site",                     new int[] {200, 403, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("item ABC class",                              new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        // freight: whoever enters the sending store's documents files it; the BU's accountant or manager answers
        EXPECTED.put("freight month",                               new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        // the in/out/balance summary: whoever reads stock, of the stores they read (the accountant reads every BU's)
        EXPECTED.put("stock summary own scope",                     new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("stock summary other BU",                      new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("stock summary other BU store",                new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("freight file own site",                       new int[] {201, 201, 403, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("freight file other BU site",                  new int[] {201, 403, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("freight approve own BU",                      new int[] {200, 200, 200, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("freight approve other BU",                    new int[] {200, 403, 404, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("tool loan lend own site",                     new int[] {201, 201, 403, 201, 403, 403, 403, 403, 403});
        EXPECTED.put("tool loan lend other BU site",                new int[] {201, 403, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("tool loans",                                  new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("tool loan take back own site",                new int[] {200, 200, 403, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("tool loan take back other BU site",           new int[] {200, 403, 403, 404, 403, 403, 403, 403, 403});
        EXPECTED.put("minimum stock requisition own site",          new int[] {403, 403, 403, 409, 403, 403, 409, 403, 403});
        // daily reports: the site's keeper, its BU's accountant or the planner report a day; the BU
        // (accountant, planner) makes documents of it; those who see a site see its reports
        EXPECTED.put("daily report submit own site",                new int[] {200, 200, 403, 200, 403, 403, 403, 403, 403});
        EXPECTED.put("daily report submit other BU site",           new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("daily report read other BU site",             new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        EXPECTED.put("daily report drafts other BU site",           new int[] {200, 403, 403, 403, 403, 403, 403, 403, 403});
        EXPECTED.put("daily reports of the BU",                     new int[] {200, 200, 200, 200, 200, 403, 200, 200, 200});
        EXPECTED.put("reconciliation other BU site",                new int[] {200, 200, 404, 404, 404, 403, 404, 404, 404});
        // operations: health and metrics answer everyone (and nobody, see OperationsIT); the API's
        // description every signed-in user. No service behind them, so no row in the service matrix.
        EXPECTED.put("health",                                      new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("metrics",                                     new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("OpenAPI description",                         new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
    }

    /** Expected outcomes of the service calls, in the order of {@link #USERS}. */
    private static final Map<String, String[]> SERVICE_EXPECTED = new LinkedHashMap<>();

    static {
        String ok = "ok";
        String no = "denied";
        String nf = "not-found";
        //                                                      planner acct manager keeper viewer admin chief bu-planner supervisor
        SERVICE_EXPECTED.put("search sees own draft",         new String[] {"yes", "yes", "yes", "yes", "yes", no, "yes", "yes", "yes"});
        SERVICE_EXPECTED.put("search sees other BU draft",    new String[] {"yes", "yes", "no", "no", "no", no, "no", "no", "no"});
        SERVICE_EXPECTED.put("find own",                      new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("find other BU",                 new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("history other BU",              new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("history deleted own",           new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("history deleted other BU",      new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("history by number deleted own", new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("history by number deleted other BU", new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("ledger rows other BU",          new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("create own",                    new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("create other BU",               new String[] {ok, no, no, "invalid", no, no, no, no, no});
        SERVICE_EXPECTED.put("modify own",                    new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("modify other BU",               new String[] {ok, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("review own",                    new String[] {ok, ok, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("review other BU",               new String[] {ok, no, nf, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("approve scrap own",             new String[] {ok, no, ok, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("approve scrap other BU",        new String[] {ok, no, nf, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("unreview own",                  new String[] {ok, ok, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("unreview other BU",             new String[] {ok, no, nf, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("return draft own",              new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("return draft other BU",         new String[] {ok, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("delete own",                    new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("delete other BU",               new String[] {ok, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("on hand own site",              new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("on hand other BU site",         new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("item on hand other BU site",    new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("movements other BU site",       new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("batches other BU site",         new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("serials other BU site",         new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("suggest issue other BU site",   new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("store other BU site",           new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("store list has own site",       new String[] {"yes", "yes", "yes", "yes", "yes", no, "yes", "yes", "yes"});
        SERVICE_EXPECTED.put("store list has other BU site",  new String[] {"yes", "yes", "no", "no", "no", no, "no", "no", "no"});
        SERVICE_EXPECTED.put("entry stores have own site",    new String[] {"yes", "yes", "no", "yes", "no", no, "no", "no", "no"});
        SERVICE_EXPECTED.put("entry stores have other BU",    new String[] {"yes", "no", "no", "no", "no", no, "no", "no", "no"});
        SERVICE_EXPECTED.put("turbines own site",             new String[] {"some", "some", "some", "some", "some", no, "some", "some", "some"});
        SERVICE_EXPECTED.put("turbines other BU site",        new String[] {"some", "some", "none", "none", "none", no, "none", "none", "none"});
        SERVICE_EXPECTED.put("item look-up",                  new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("suppliers",                     new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("stock check",                   new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("audit trail",                   new String[] {ok, no, no, no, no, ok, no, no, no});
        SERVICE_EXPECTED.put("user list",                     new String[] {no, no, no, no, no, ok, no, no, no});
        SERVICE_EXPECTED.put("reset a password (no such user)", new String[] {no, no, no, no, no, nf, no, no, no});
        SERVICE_EXPECTED.put("own tokens",                    new String[] {ok, ok, ok, ok, ok, ok, ok, ok, ok});
        SERVICE_EXPECTED.put("org unit other BU site",        new String[] {ok, ok, nf, nf, nf, ok, nf, nf, nf});
        SERVICE_EXPECTED.put("create a site",                 new String[] {ok, no, no, no, no, ok, no, no, no});
        SERVICE_EXPECTED.put("rename a store",                new String[] {ok, no, no, no, no, ok, no, no, no});
        SERVICE_EXPECTED.put("create a supplier",             new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("add a turbine to own site",     new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("next item code",                new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("create an item",                new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("request an item for own site",  new String[] {no, ok, ok, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("request an item for other BU",  new String[] {no, "invalid", "invalid", "invalid", no, no, no, no, no});
        SERVICE_EXPECTED.put("read own site's item request",  new String[] {ok, ok, ok, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("request list has own site's",   new String[] {"yes", "yes", "yes", "yes", no, no, no, no, no});
        SERVICE_EXPECTED.put("reject an item request",        new String[] {ok, no, no, no, no, no, no, no, no});
        //                                                               planner acct manager keeper viewer admin chief bu-planner supervisor
        SERVICE_EXPECTED.put("transfer search sees other BU slip",         new String[] {"yes", "yes", "no", "no", "no", no, "no", "no", "no"});
        SERVICE_EXPECTED.put("transfer find other BU slip",                new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("transfer find cross-BU slip from own site",  new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("transfer create intra own BU",               new String[] {ok, ok, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer create intra other BU",             new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer create cross-BU",                   new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer modify own intra into cross-BU",    new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer modify cross-BU",                   new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer delete cross-BU",                   new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer review intra own BU",               new String[] {ok, ok, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer review intra other BU",             new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer review cross-BU",                   new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer unreview cross-BU",                 new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer arrival into own site from other BU", new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer arrival into other BU from own site", new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer-in document by hand",               new String[] {"invalid", "invalid", no, "invalid", no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer approve loss",                      new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer withdraw loss approval",            new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfer cross-BU report",                   new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("transfers in transit",                       new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("transfer work lists",                        new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        String invalid = "invalid";
        String conflict = "conflict";
        SERVICE_EXPECTED.put("stocktake open quarterly",                   new String[] {invalid, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake open own BU monthly",              new String[] {invalid, invalid, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake open other BU monthly",            new String[] {invalid, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake open own BU quarterly",            new String[] {invalid, invalid, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake open other BU quarterly",          new String[] {invalid, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake campaigns",                        new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("stocktake read own site sheet",              new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("stocktake read other BU sheet",              new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("stocktake count own site",                   new String[] {invalid, invalid, no, invalid, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake count other BU",                   new String[] {invalid, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake approve own site",                 new String[] {conflict, no, conflict, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake approve other BU",                 new String[] {conflict, no, nf, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("stocktake close",                            new String[] {conflict, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("close own BU month",                         new String[] {invalid, invalid, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("close other BU month",                       new String[] {invalid, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("reopen a month",                             new String[] {conflict, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("closed months",                              new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("daily ledger own site",                      new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("daily ledger other BU site",                 new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("daily ledger days own site",                 new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("daily ledger days other BU site",            new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("failed-part register",                       new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("failed-part sites",                          new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("failed-part site other BU",                  new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("failed-part returns",                        new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("failed-part serial history unknown unit",    new String[] {nf, nf, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("failed-part return slip own site no lines",  new String[] {invalid, invalid, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("failed-part warranty repair unknown unit",   new String[] {nf, nf, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("failed-part repair hub",                     new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("requisition list",                           new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("requisition create own site",                new String[] {no, no, no, ok, no, no, ok, no, no});
        SERVICE_EXPECTED.put("requisition find own site's",                new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("requisition sign draft",                     new String[] {no, no, no, no, no, no, ok, no, no});
        SERVICE_EXPECTED.put("requisition check filed",                    new String[] {no, no, no, no, no, no, no, ok, no});
        SERVICE_EXPECTED.put("requisition supervise checked",              new String[] {no, no, no, no, no, no, no, no, ok});
        SERVICE_EXPECTED.put("requisition approve signed",                 new String[] {no, no, ok, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("requisition ship approved no lines",         new String[] {invalid, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("emergencies shipped first",                  new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("emergency purchase link own site",           new String[] {ok, ok, no, ok, no, no, ok, ok, no});
        SERVICE_EXPECTED.put("requisition photo add own draft",            new String[] {no, no, no, ok, no, no, ok, no, no});
        SERVICE_EXPECTED.put("weekly progress own BU",                     new String[] {ok, ok, ok, nf, ok, no, nf, ok, ok});
        SERVICE_EXPECTED.put("demand plan own BU",                         new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("demand plan import no rows",                 new String[] {invalid, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("import items dry run",                       new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("import users dry run",                       new String[] {no, no, no, no, no, ok, no, no, no});
        SERVICE_EXPECTED.put("import runs",                                new String[] {ok, no, no, no, no, ok, no, no, no});
        SERVICE_EXPECTED.put("backups",                                    new String[] {no, no, no, no, no, ok, no, no, no});
        SERVICE_EXPECTED.put("minimum stock set own BU store",             new String[] {ok, ok, no, no, no, no, no, ok, no});
        SERVICE_EXPECTED.put("minimum stock alerts",                       new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("outbound checks",                            new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("outbound check require own BU",              new String[] {ok, ok, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("outbound check require other BU",            new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("outbound check own site",                    new String[] {no, conflict, no, conflict, no, no, no, no, no});
        SERVICE_EXPECTED.put("outbound check other BU site",               new String[] {no, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("receiving to count",                         new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("discrepancies",                              new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("discrepancy report own site",                new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("discrepancy report other BU site",           new String[] {ok, no, no, invalid, no, no, no, no, no});
        SERVICE_EXPECTED.put("papers attach own site",                     new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("papers attach other BU site",                new String[] {ok, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("bin cards own site",                         new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("bin place own site",                         new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("bin place other BU site",                    new String[] {ok, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("item ABC class",                             new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("freight month",                              new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("stock summary own scope",                    new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("stock summary other BU",                     new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("freight approve own BU",                     new String[] {ok, ok, ok, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("freight approve other BU",                   new String[] {ok, no, nf, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("tool loan lend own site",                    new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("tool loan lend other BU site",               new String[] {ok, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("tool loans",                                 new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("tool loan take back own site",               new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("tool loan take back other BU site",          new String[] {ok, no, no, nf, no, no, no, no, no});
        SERVICE_EXPECTED.put("minimum stock requisition own site",         new String[] {no, no, no, "conflict", no, no, "conflict", no, no});
        SERVICE_EXPECTED.put("on hand at a past day other BU site",        new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("daily report submit own site",               new String[] {ok, ok, no, ok, no, no, no, no, no});
        SERVICE_EXPECTED.put("daily report submit other BU site",          new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("daily report read other BU site",            new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
        SERVICE_EXPECTED.put("daily report drafts other BU site",          new String[] {ok, no, no, no, no, no, no, no, no});
        SERVICE_EXPECTED.put("daily reports of the BU",                    new String[] {ok, ok, ok, ok, ok, no, ok, ok, ok});
        SERVICE_EXPECTED.put("reconciliation other BU site",               new String[] {ok, ok, nf, nf, nf, no, nf, nf, nf});
    }

    @Test
    void throughRestEveryRoleGetsExactlyItsRightsInItsScope() {
        ApiClient planner = damagedStockForScraps();
        List<String> wrong = new ArrayList<>();
        for (int u = 0; u < USERS.length; u++) {
            String user = USERS[u];
            Map<String, Integer> actual = cells(planner, tokenClient(user));
            for (Map.Entry<String, int[]> row : EXPECTED.entrySet()) {
                compare(wrong, user, row.getKey(), row.getValue()[u], actual.get(row.getKey()));
            }
        }
        assertEquals(List.of(), wrong, "cells of the authorisation matrix through REST");
    }

    @Test
    void inTheServiceLayerEveryRoleGetsExactlyItsRightsInItsScope() {
        ApiClient planner = damagedStockForScraps();
        ApiClient keeper = tokenClient("keeper");
        List<String> wrong = new ArrayList<>();
        for (int u = 0; u < USERS.length; u++) {
            String user = USERS[u];
            Map<String, String> actual = serviceCells(planner, keeper, tokenClient(user), u);
            for (Map.Entry<String, String[]> row : SERVICE_EXPECTED.entrySet()) {
                compare(wrong, user, row.getKey(), row.getValue()[u], actual.get(row.getKey()));
            }
        }
        assertEquals(List.of(), wrong, "cells of the authorisation matrix in the service layer");
    }

    private static void compare(List<String> wrong, String user, String action, Object expected, Object got) {
        if (!expected.equals(got)) {
            wrong.add(user + " / " + action + ": expected " + expected + ", got " + got);
        }
    }

    /**
     * Requires checks of the BU's repair returns (which no other cell books) as the caller, and at once
     * removes the rule again if that was allowed, so that no other cell waits for a check.
     */
    private static int requireCheck(ApiClient planner, ApiClient api, String businessUnit) {
        ApiClient.Answer answer = api.post("api/outbound-checks", "{\"bu\":\"" + businessUnit
                + "\",\"category\":\"REPAIR_RETURN\"}");
        if (answer.status() == 201) {
            assertEquals(204, planner.delete("api/outbound-checks/" + answer.object().getJsonNumber("id")).status());
        }
        return answer.status();
    }

    /** A saved purchase of the store that came without papers, on the shipper's word. */
    private static String withoutPapers(String store) {
        return purchase(store).replace("\"deliveryNote\":\"DN-IT\",", "\"shipperConfirmation\":\"matrix\",");
    }

    /** The number of a new saved purchase of the store (with its papers), to report on. */
    private static String number(ApiClient planner, String store) {
        ApiClient.Answer made = planner.post("api/documents", purchase(store));
        assertEquals(201, made.status(), made.raw());
        return made.object().getString("number");
    }

    private static String discrepancy(String receipt) {
        return "{\"receipt\":\"" + receipt + "\",\"kind\":\"DAMAGED_PACKAGING\",\"description\":\"matrix\"}";
    }

    /** A saved material return of one unit of a reviewed purchase into the store. */
    private static String materialReturn(ApiClient planner, String store) {
        String purchase = planner.receive(store, ITEM, 1);
        ApiClient.Answer made = planner.post("api/documents", "{\"category\":\"MATERIAL_RETURN\",\"store\":\"" + store
                + "\",\"reverses\":\"" + purchase + "\",\"date\":\"" + java.time.LocalDate.now()
                + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":-1}]}");
        assertEquals(201, made.status(), made.raw());
        return made.object().getString("number");
    }

    /** Freight by hired vehicle above its reference price: it waits for the BU. */
    private static String freight(String store, String carried) {
        return "{\"store\":\"" + store + "\",\"mode\":\"HIRED_VEHICLE\",\"amount\":1500,\"referencePrice\":1000,"
                + "\"carrier\":\"matrix\",\"document\":\"" + carried + "\"}";
    }

    /** A loan of one infrared thermometer (a tool not kept by serial) from the store, due tomorrow. */
    private static String toolLoan(String store) {
        return "{\"store\":\"" + store + "\",\"item\":\"" + ServiceMatrixProbe.TOOL + "\",\"quantity\":1,"
                + "\"borrower\":\"matrix\",\"dueOn\":\"" + java.time.LocalDate.now().plusDays(1) + "\"}";
    }

    private ApiClient damagedStockForScraps() {
        ApiClient planner = helper("planner");
        // every cell that lends takes one tool for good: enough for both tests
        planner.receive("ZBET-G", ServiceMatrixProbe.TOOL, 60);
        planner.receive("GZBD-G", ServiceMatrixProbe.TOOL, 60);
        ownReturn = materialReturn(planner, "ZBET-G");
        otherReturn = materialReturn(planner, "GZBD-G");
        for (String store : List.of("ZBET-D", "GZBD-D")) {
            long intake = id(planner.post("api/documents", document("DAMAGE_INTAKE", store, 40)));
            assertEquals(200, planner.post("api/documents/" + intake + "/review", null).status());
        }
        return planner;
    }

    /** The same actions as {@link #cells}, and the look-ups screens use, called on the services directly. */
    private Map<String, String> serviceCells(ApiClient planner, ApiClient keeper, ApiClient api, int user) {
        Map<String, String> cells = new LinkedHashMap<>();
        long ownDraft = id(planner.post("api/documents", purchase("ZBET-G")));
        long otherDraft = id(planner.post("api/documents", purchase("GZBD-G")));
        cells.put("search sees own draft", probe(api, "search-sees", ownDraft, null));
        cells.put("search sees other BU draft", probe(api, "search-sees", otherDraft, null));
        cells.put("find own", probe(api, "find", ownDraft, null));
        cells.put("find other BU", probe(api, "find", otherDraft, null));
        cells.put("history other BU", probe(api, "history", otherDraft, null));
        JsonObject ownDeleted = deleted(planner, "ZBET-G");
        JsonObject otherDeleted = deleted(planner, "GZBD-G");
        cells.put("history deleted own", probe(api, "history", idOf(ownDeleted), null));
        cells.put("history deleted other BU", probe(api, "history", idOf(otherDeleted), null));
        cells.put("history by number deleted own", probe(api, "history-by-number", null, null,
                ownDeleted.getString("number")));
        cells.put("history by number deleted other BU", probe(api, "history-by-number", null, null,
                otherDeleted.getString("number")));
        cells.put("ledger rows other BU", probe(api, "ledger", otherDraft, null));
        cells.put("create own", probe(api, "create", null, "ZBET-G"));
        cells.put("create other BU", probe(api, "create", null, "GZBD-G"));
        cells.put("modify own", probe(api, "modify", ownDraft, "ZBET-G"));
        cells.put("modify other BU", probe(api, "modify", otherDraft, "GZBD-G"));
        cells.put("review own", onProbe(planner, api, "ZBET-G", "PURCHASE", null, "review"));
        cells.put("review other BU", onProbe(planner, api, "GZBD-G", "PURCHASE", null, "review"));
        cells.put("approve scrap own", onProbe(planner, api, "ZBET-D", "SCRAP", null, "review"));
        cells.put("approve scrap other BU", onProbe(planner, api, "GZBD-D", "SCRAP", null, "review"));
        cells.put("unreview own", onProbe(planner, api, "ZBET-G", "PURCHASE", "review", "unreview"));
        cells.put("unreview other BU", onProbe(planner, api, "GZBD-G", "PURCHASE", "review", "unreview"));
        cells.put("return draft own", onProbe(planner, api, "ZBET-G", "PURCHASE", "review", "return-draft"));
        cells.put("return draft other BU", onProbe(planner, api, "GZBD-G", "PURCHASE", "review", "return-draft"));
        cells.put("delete own", onProbe(planner, api, "ZBET-G", "PURCHASE", null, "delete"));
        cells.put("delete other BU", onProbe(planner, api, "GZBD-G", "PURCHASE", null, "delete"));
        cells.put("on hand own site", probe(api, "on-hand", null, "ZBET-G"));
        cells.put("on hand other BU site", probe(api, "on-hand", null, "GZBD-G"));
        cells.put("item on hand other BU site", probe(api, "item-on-hand", null, "GZBD-G"));
        cells.put("movements other BU site", probe(api, "movements", null, "GZBD-G"));
        cells.put("batches other BU site", probe(api, "batches", null, "GZBD-G"));
        cells.put("serials other BU site", probe(api, "serials", null, "GZBD-G"));
        cells.put("suggest issue other BU site", probe(api, "suggest-issue", null, "GZBD-G"));
        cells.put("store other BU site", probe(api, "store", null, "GZBD-G"));
        cells.put("store list has own site", probe(api, "stores-sees", null, "ZBET-G"));
        cells.put("store list has other BU site", probe(api, "stores-sees", null, "GZBD-G"));
        cells.put("entry stores have own site", probe(api, "entry-stores-sees", null, "ZBET-G"));
        cells.put("entry stores have other BU", probe(api, "entry-stores-sees", null, "GZBD-G"));
        cells.put("turbines own site", probe(api, "turbines", null, "ZBET-G"));
        cells.put("turbines other BU site", probe(api, "turbines", null, "GZBD-G"));
        cells.put("item look-up", probe(api, "items", null, null));
        cells.put("suppliers", probe(api, "suppliers", null, null));
        cells.put("stock check", probe(api, "stock-check", null, null));
        cells.put("audit trail", probe(api, "audit", null, null));
        cells.put("user list", probe(api, "users", null, null));
        cells.put("reset a password (no such user)", probe(api, "reset-password", null, null));
        cells.put("own tokens", probe(api, "own-tokens", null, null));
        masterDataCells(cells, planner, keeper, api, "MX" + user);
        transferServiceCells(cells, planner, api);
        stocktakeServiceCells(cells, planner, api);
        cells.put("close own BU month", probe(api, "month-close", null, null, "NC"));
        cells.put("close other BU month", probe(api, "month-close", null, null, "NW"));
        cells.put("reopen a month", probe(api, "month-reopen", null, null, "NC"));
        cells.put("closed months", probe(api, "months", null, null));
        cells.put("daily ledger own site", probe(api, "daily-ledger", null, null, "ZBET"));
        cells.put("daily ledger other BU site", probe(api, "daily-ledger", null, null, "GZBD"));
        cells.put("daily ledger days own site", probe(api, "daily-ledger-days", null, null, "ZBET"));
        cells.put("daily ledger days other BU site", probe(api, "daily-ledger-days", null, null, "GZBD"));
        cells.put("failed-part register", probe(api, "failed-part-register", null, null, "ZBET"));
        cells.put("requisition list", probe(api, "requisition-list", null, null));
        cells.put("requisition create own site", probe(api, "requisition-create", null, null, "ZBET"));
        cells.put("requisition find own site's", probe(api, "requisition-find", requisitionAt("DRAFT"), null));
        cells.put("requisition sign draft", probe(api, "requisition-step", requisitionAt("DRAFT"), null, "SIGN"));
        cells.put("requisition check filed", probe(api, "requisition-step", requisitionAt("FILED"), null, "CHECK"));
        cells.put("requisition supervise checked", probe(api, "requisition-step", requisitionAt("CHECKED"), null,
                "SUPERVISE"));
        cells.put("requisition approve signed", probe(api, "requisition-step", requisitionAt("SUPERVISOR_SIGNED"),
                null, "APPROVE"));
        cells.put("requisition ship approved no lines", probe(api, "requisition-ship", requisitionAt("APPROVED"),
                null));
        cells.put("emergencies shipped first", probe(api, "shipped-first-list", null, null));
        cells.put("weekly progress own BU", probe(api, "weekly-progress", null, null, "NC"));
        cells.put("requisition photo add own draft", probe(api, "requisition-photo", requisitionAt("DRAFT"), null));
        cells.put("demand plan own BU", probe(api, "demand-plan-sheet", null, null, "NC"));
        cells.put("demand plan import no rows", probe(api, "demand-plan-import", null, null));
        cells.put("import items dry run", probe(api, "import-items-dry-run", null, null));
        cells.put("import users dry run", probe(api, "import-users-dry-run", null, null));
        cells.put("import runs", probe(api, "import-runs", null, null));
        cells.put("backups", probe(api, "backups", null, null));
        cells.put("emergency purchase link own site", probe(api, "shipped-first-link", emergencyPurchase(), null,
                requisitionNumber(requisitionAt("FILED"))));
        cells.put("minimum stock set own BU store", probe(api, "minimum-stock-set", null, "ZBET-G"));
        cells.put("minimum stock alerts", probe(api, "minimum-stock-alerts", null, null));
        cells.put("outbound checks", probe(api, "outbound-checks", null, null));
        cells.put("outbound check require own BU", probe(api, "outbound-check-require", null, null, "NC"));
        cells.put("outbound check require other BU", probe(api, "outbound-check-require", null, null, "NW"));
        cells.put("outbound check own site", probe(api, "check", id(planner.post("api/documents",
                document("SELF_USE", "ZBET-G", 1))), null));
        cells.put("outbound check other BU site", probe(api, "check", id(planner.post("api/documents",
                document("SELF_USE", "GZBD-G", 1))), null));
        cells.put("receiving to count", probe(api, "receiving-to-count", null, null));
        cells.put("discrepancies", probe(api, "discrepancies", null, null));
        cells.put("discrepancy report own site", probe(api, "discrepancy-report", null, null,
                number(planner, "ZBET-G")));
        cells.put("discrepancy report other BU site", probe(api, "discrepancy-report", null, null,
                number(planner, "GZBD-G")));
        cells.put("papers attach own site", probe(api, "papers", id(planner.post("api/documents",
                withoutPapers("ZBET-G"))), null));
        cells.put("papers attach other BU site", probe(api, "papers", id(planner.post("api/documents",
                withoutPapers("GZBD-G"))), null));
        cells.put("bin cards own site", probe(api, "bins", null, "ZBET-G"));
        cells.put("bin place own site", probe(api, "bin-place", null, "ZBET-G"));
        cells.put("bin place other BU site", probe(api, "bin-place", null, "GZBD-G"));
        cells.put("item ABC class", probe(api, "abc", null, null));
        cells.put("freight month", probe(api, "freight-month", null, null));
        cells.put("stock summary own scope", probe(api, "stock-summary", null, null));
        cells.put("stock summary other BU", probe(api, "stock-summary", null, null, "NW"));
        cells.put("freight approve own BU", probe(api, "freight-approve", id(planner.post("api/freight",
                freight("ZBET-G", ownReturn))), null));
        cells.put("freight approve other BU", probe(api, "freight-approve", id(planner.post("api/freight",
                freight("GZBD-G", otherReturn))), null));
        cells.put("tool loan lend own site", probe(api, "tool-lend", null, "ZBET-G"));
        cells.put("tool loan lend other BU site", probe(api, "tool-lend", null, "GZBD-G"));
        cells.put("tool loans", probe(api, "tool-loans", null, null));
        cells.put("tool loan take back own site", probe(api, "tool-take-back",
                id(planner.post("api/tool-loans", toolLoan("ZBET-G"))), null));
        cells.put("tool loan take back other BU site", probe(api, "tool-take-back",
                id(planner.post("api/tool-loans", toolLoan("GZBD-G"))), null));
        cells.put("minimum stock requisition own site", probe(api, "minimum-stock-requisition", null, null, "ZBET"));
        cells.put("failed-part sites", probe(api, "failed-part-sites", null, null));
        cells.put("failed-part site other BU", probe(api, "failed-part-site", null, null, "GZBD"));
        cells.put("failed-part returns", probe(api, "failed-part-returns", null, null));
        cells.put("failed-part serial history unknown unit", probe(api, "failed-part-serial", null, null,
                "NO-SUCH-UNIT"));
        cells.put("failed-part return slip own site no lines", probe(api, "failed-part-return-slip", null, null,
                "ZBET"));
        cells.put("failed-part repair hub", probe(api, "failed-part-hub", null, null));
        cells.put("failed-part warranty repair unknown unit", probe(api, "failed-part-warranty", null, null,
                "NO-SUCH-UNIT"));
        cells.put("on hand at a past day other BU site", probe(api, "on-hand-at", null, "GZBD-G"));
        cells.put("daily report submit own site", probe(api, "daily-report-submit", null, null, "ZBET"));
        cells.put("daily report submit other BU site", probe(api, "daily-report-submit", null, null, "GZBD"));
        cells.put("daily report read other BU site", probe(api, "daily-report-read", null, null, "GZBD"));
        cells.put("daily report drafts other BU site", probe(api, "daily-report-draft", null, null, "GZBD"));
        cells.put("daily reports of the BU", probe(api, "daily-reports", null, null));
        cells.put("reconciliation other BU site", probe(api, "reconciliation", null, null, "GZBD"));
        return cells;
    }

    /** Codes start with the given prefix, different per user, so that every create is new. */
    private static void masterDataCells(Map<String, String> cells, ApiClient planner, ApiClient keeper, ApiClient api,
            String prefix) {
        cells.put("org unit other BU site", probe(api, "org-unit", null, null, "GZBD"));
        cells.put("create a site", probe(api, "create-site", null, null, prefix + "A"));
        assertEquals("ok", probe(planner, "create-site", null, null, prefix + "B"));
        cells.put("rename a store", probe(api, "rename-store", null, null, prefix + "B-G"));
        cells.put("create a supplier", probe(api, "create-supplier", null, null, prefix + "-SUP"));
        cells.put("add a turbine to own site", probe(api, "add-turbine", null, null, prefix + "T"));
        cells.put("next item code", probe(api, "next-item-code", null, null, null));
        cells.put("create an item", probe(api, "create-item", null, null, "SP-" + prefix + "X-0001"));
        cells.put("request an item for own site", probe(api, "submit-request", null, null, "ZBET"));
        cells.put("request an item for other BU", probe(api, "submit-request", null, null, "GZBD"));
        long ownRequest = requested(keeper);
        cells.put("read own site's item request", probe(api, "read-request", ownRequest, null, null));
        cells.put("request list has own site's", probe(api, "requests-see", ownRequest, null, null));
        cells.put("reject an item request", probe(api, "reject-request", requested(keeper), null, null));
    }

    /**
     * Transfer slips in the service layer; every slip is fresh, made (and reviewed, shipped, received)
     * by the planner. Own site is ZBET (NC), the other BU is NW.
     */
    private static void transferServiceCells(Map<String, String> cells, ApiClient planner, ApiClient api) {
        long otherBuSlip = slipId(plannedSlip(planner, "GZBD-G", "NW-G", false));
        long crossFromOwnSite = slipId(plannedSlip(planner, "ZBET-G", "NW-G", false));
        cells.put("transfer search sees other BU slip", probe(api, "transfer-search-sees", otherBuSlip, null));
        cells.put("transfer find other BU slip", probe(api, "transfer-find", otherBuSlip, null));
        cells.put("transfer find cross-BU slip from own site", probe(api, "transfer-find", crossFromOwnSite, null));
        cells.put("transfer create intra own BU", probe(api, "transfer-create", null, "ZBET-G", "WCYD-G"));
        cells.put("transfer create intra other BU", probe(api, "transfer-create", null, "GZBD-G", "NW-G"));
        cells.put("transfer create cross-BU", probe(api, "transfer-create", null, "ZBET-G", "NW-G"));
        cells.put("transfer modify own intra into cross-BU", probe(api, "transfer-modify",
                slipId(plannedSlip(planner, "ZBET-G", "WCYD-G", false)), "ZBET-G", "NW-G"));
        cells.put("transfer modify cross-BU", probe(api, "transfer-modify",
                slipId(plannedSlip(planner, "ZBET-G", "NW-G", false)), "ZBET-G", "NW-G"));
        cells.put("transfer delete cross-BU", probe(api, "transfer-delete",
                slipId(plannedSlip(planner, "ZBET-G", "NW-G", false)), null));
        cells.put("transfer review intra own BU", probe(api, "transfer-review",
                slipId(plannedSlip(planner, "ZBET-G", "WCYD-G", false)), null));
        cells.put("transfer review intra other BU", probe(api, "transfer-review",
                slipId(plannedSlip(planner, "GZBD-G", "NW-G", false)), null));
        cells.put("transfer review cross-BU", probe(api, "transfer-review",
                slipId(plannedSlip(planner, "ZBET-G", "NW-G", false)), null));
        cells.put("transfer unreview cross-BU", probe(api, "transfer-unreview",
                slipId(plannedSlip(planner, "ZBET-G", "NW-G", true)), null));
        cells.put("transfer arrival into own site from other BU", probe(api, "transfer-arrival",
                shippedSlip(planner, "NW-G", "ZBET-G"), null));
        cells.put("transfer arrival into other BU from own site", probe(api, "transfer-arrival",
                shippedSlip(planner, "ZBET-G", "NW-G"), null));
        cells.put("transfer-in document by hand", probe(api, "transfer-document-by-hand", null, "ZBET-G"));
        cells.put("transfer approve loss", probe(api, "transfer-approve-loss", lossSlip(planner, false), null));
        cells.put("transfer withdraw loss approval", probe(api, "transfer-withdraw-loss", lossSlip(planner, true),
                null));
        cells.put("transfer cross-BU report", probe(api, "transfer-report", null, null));
        cells.put("transfers in transit", probe(api, "transfer-in-transit", null, null));
        cells.put("transfer work lists", probe(api, "transfer-work", null, null));
    }

    /** Stocktakes in the service layer, on the one open quarterly campaign. */
    private static void stocktakeServiceCells(Map<String, String> cells, ApiClient planner, ApiClient api) {
        JsonObject campaign = openCampaign(planner);
        long campaignId = campaign.getJsonNumber("id").longValue();
        cells.put("stocktake open quarterly", probe(api, "stocktake-open", null, null, "QUARTERLY"));
        cells.put("stocktake open own BU monthly", probe(api, "stocktake-open", null, null, "NC"));
        cells.put("stocktake open other BU monthly", probe(api, "stocktake-open", null, null, "NW"));
        cells.put("stocktake open own BU quarterly", probe(api, "stocktake-open-quarterly", null, null, "NC"));
        cells.put("stocktake open other BU quarterly", probe(api, "stocktake-open-quarterly", null, null, "NW"));
        cells.put("stocktake campaigns", probe(api, "stocktake-campaigns", null, null));
        cells.put("stocktake read own site sheet", probe(api, "stocktake-sheet", sheetId(campaign, "ZBET-G"), null));
        cells.put("stocktake read other BU sheet", probe(api, "stocktake-sheet", sheetId(campaign, "GZBD-G"), null));
        cells.put("stocktake count own site", probe(api, "stocktake-count", sheetId(campaign, "ZBET-G"), null));
        cells.put("stocktake count other BU", probe(api, "stocktake-count", sheetId(campaign, "GZBD-G"), null));
        cells.put("stocktake approve own site", probe(api, "stocktake-approve", sheetId(campaign, "ZBET-G"), null));
        cells.put("stocktake approve other BU", probe(api, "stocktake-approve", sheetId(campaign, "GZBD-G"), null));
        cells.put("stocktake close", probe(api, "stocktake-close", campaignId, null));
    }

    /** Stocktakes through REST, the same actions as {@link #stocktakeServiceCells}. */
    private static void stocktakeCells(Map<String, Integer> cells, ApiClient planner, ApiClient api) {
        JsonObject campaign = openCampaign(planner);
        String past = java.time.LocalDate.now().minusDays(1).toString();
        cells.put("stocktake open quarterly", api.post("api/stocktakes",
                "{\"kind\":\"QUARTERLY\",\"deadline\":\"" + past + "\"}").status());
        cells.put("stocktake open own BU monthly", api.post("api/stocktakes",
                "{\"kind\":\"MONTHLY\",\"scope\":\"NC\",\"deadline\":\"" + past + "\"}").status());
        cells.put("stocktake open other BU monthly", api.post("api/stocktakes",
                "{\"kind\":\"MONTHLY\",\"scope\":\"NW\",\"deadline\":\"" + past + "\"}").status());
        cells.put("stocktake open own BU quarterly", api.post("api/stocktakes",
                "{\"kind\":\"QUARTERLY\",\"scope\":\"NC\",\"deadline\":\"" + past + "\"}").status());
        cells.put("stocktake open other BU quarterly", api.post("api/stocktakes",
                "{\"kind\":\"QUARTERLY\",\"scope\":\"NW\",\"deadline\":\"" + past + "\"}").status());
        cells.put("stocktake campaigns", api.get("api/stocktakes").status());
        String own = "api/stocktakes/sheets/" + sheetId(campaign, "ZBET-G");
        String other = "api/stocktakes/sheets/" + sheetId(campaign, "GZBD-G");
        cells.put("stocktake read own site sheet", api.get(own).status());
        cells.put("stocktake read other BU sheet", api.get(other).status());
        cells.put("stocktake count own site", api.post(own + "/counts", "{\"counts\":[]}").status());
        cells.put("stocktake count other BU", api.post(other + "/counts", "{\"counts\":[]}").status());
        cells.put("stocktake approve own site", api.post(own + "/approve", "{}").status());
        cells.put("stocktake approve other BU", api.post(other + "/approve", "{}").status());
        cells.put("stocktake close", api.post("api/stocktakes/" + campaign.getJsonNumber("id") + "/close?version=-1",
                null).status());
    }

    /** The open quarterly campaign, opened by the planner (once: both matrices use it) and frozen. */
    private static JsonObject openCampaign(ApiClient planner) {
        long id = planner.get("api/stocktakes").array().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(c -> c.getString("status").equals("OPEN") || c.getString("status").equals("OPENING"))
                .map(c -> c.getJsonNumber("id").longValue()).findFirst()
                .orElseGet(() -> {
                    ApiClient.Answer opened = planner.post("api/stocktakes", "{\"kind\":\"QUARTERLY\",\"deadline\":\""
                            + java.time.LocalDate.now().plusDays(7) + "\"}");
                    assertEquals(202, opened.status(), opened.raw());
                    return opened.object().getJsonNumber("id").longValue();
                });
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonObject campaign = planner.get("api/stocktakes/" + id + "?size=500").object();
            if (campaign.getString("status").equals("OPEN")) {
                return campaign;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("stocktake " + id + " did not open within a minute");
    }

    private static long sheetId(JsonObject campaign, String store) {
        return campaign.getJsonArray("sheets").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(s -> s.getString("store").equals(store)).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet of " + store)).getJsonNumber("id").longValue();
    }

    /** Transfer slips through REST, the same actions as {@link #transferServiceCells}. */
    private static void transferCells(Map<String, Integer> cells, ApiClient planner, ApiClient api) {
        long otherBuSlip = slipId(plannedSlip(planner, "GZBD-G", "NW-G", false));
        long crossFromOwnSite = slipId(plannedSlip(planner, "ZBET-G", "NW-G", false));
        String list = api.get("api/transfers?max=500").raw();
        cells.put("transfer list sees other BU slip", list.contains("\"id\":" + otherBuSlip + ",") ? 1 : 0);
        cells.put("transfer read other BU slip", api.get("api/transfers/" + otherBuSlip).status());
        cells.put("transfer read cross-BU slip from own site", api.get("api/transfers/" + crossFromOwnSite).status());
        cells.put("transfer create intra own BU", api.post("api/transfers", slip("ZBET-G", "WCYD-G")).status());
        cells.put("transfer create intra other BU", api.post("api/transfers", slip("GZBD-G", "NW-G")).status());
        cells.put("transfer create cross-BU", api.post("api/transfers", slip("ZBET-G", "NW-G")).status());
        cells.put("transfer modify own intra into cross-BU", onSlip(planner, "ZBET-G", "WCYD-G", false,
                p -> api.put(p, slip("ZBET-G", "NW-G"))));
        cells.put("transfer modify cross-BU", onSlip(planner, "ZBET-G", "NW-G", false,
                p -> api.put(p, slip("ZBET-G", "NW-G"))));
        cells.put("transfer delete cross-BU", onSlip(planner, "ZBET-G", "NW-G", false, api::delete));
        cells.put("transfer review intra own BU", onSlip(planner, "ZBET-G", "WCYD-G", false,
                p -> api.post(p + "/review", null)));
        cells.put("transfer review intra other BU", onSlip(planner, "GZBD-G", "NW-G", false,
                p -> api.post(p + "/review", null)));
        cells.put("transfer review cross-BU", onSlip(planner, "ZBET-G", "NW-G", false,
                p -> api.post(p + "/review", null)));
        cells.put("transfer unreview cross-BU", onSlip(planner, "ZBET-G", "NW-G", true,
                p -> api.post(p + "/unreview", null)));
        cells.put("transfer arrival into own site from other BU", api.put("api/transfers/"
                + shippedSlip(planner, "NW-G", "ZBET-G") + "/arrival", ARRIVED_WHOLE).status());
        cells.put("transfer arrival into other BU from own site", api.put("api/transfers/"
                + shippedSlip(planner, "ZBET-G", "NW-G") + "/arrival", ARRIVED_WHOLE).status());
        ApiClient.Answer byHand = api.post("api/documents", document("GOOD_TRANSFER_IN", "ZBET-G", 1));
        // a 422 for any other reason than the category would prove nothing
        cells.put("transfer-in document by hand", byHand.status() == 422
                && !byHand.raw().contains("document.category.transferOnly") ? -422 : byHand.status());
        cells.put("transfer approve loss",
                api.post("api/transfers/" + lossSlip(planner, false) + "/loss-approval", null).status());
        cells.put("transfer withdraw loss approval",
                api.delete("api/transfers/" + lossSlip(planner, true) + "/loss-approval").status());
        cells.put("transfer cross-BU report", api.get("api/transfers/cross-bu-report?month=2026-11").status());
        cells.put("transfers in transit", api.get("api/transfers/in-transit").status());
        cells.put("transfer work lists", api.get("api/transfers/work").status());
    }

    /** The REST cells of requisitions, each on a fresh requisition that its signers brought to the step. */
    private void requisitionCells(Map<String, Integer> cells, ApiClient planner, ApiClient api) {
        cells.put("requisition list", api.get("api/requisitions").status());
        cells.put("requisition draft own site", api.post("api/requisitions", REQUISITION).status());
        cells.put("requisition read own site's", api.get("api/requisitions/" + requisitionAt("DRAFT")).status());
        cells.put("requisition sign draft", step(api, requisitionAt("DRAFT"), "SIGN", null));
        cells.put("requisition check filed", step(api, requisitionAt("FILED"), "CHECK", null));
        cells.put("requisition send back filed", step(api, requisitionAt("FILED"), "SEND_BACK", "matrix"));
        cells.put("requisition supervise checked", step(api, requisitionAt("CHECKED"), "SUPERVISE", null));
        cells.put("requisition approve signed", step(api, requisitionAt("SUPERVISOR_SIGNED"), "APPROVE", null));
        cells.put("requisition ship approved no lines", api.post("api/requisitions/" + requisitionAt("APPROVED")
                + "/shipments", "{\"lines\":[]}").status());
        cells.put("requisition deliveries", api.get("api/requisitions/" + requisitionAt("APPROVED") + "/deliveries")
                .status());
        cells.put("emergencies shipped first", api.get("api/requisitions/shipped-first").status());
        cells.put("weekly progress own BU", api.get("api/requisitions/weekly?unit=NC").status());
        cells.put("requisition photo add own draft", api.postBytes("api/requisitions/" + requisitionAt("DRAFT")
                + "/photos", "image/png", TestPictures.png(java.awt.Color.GREEN)).status());
        long photographed = requisitionAt("DRAFT");
        assertEquals(201, helper("keeper").postBytes("api/requisitions/" + photographed + "/photos",
                "image/png", TestPictures.png(java.awt.Color.BLUE)).status());
        cells.put("requisition photo read own site's", api.getBytes("api/requisitions/" + photographed + "/photos/1")
                .status());
        cells.put("demand plan own BU", api.get("api/demand-plan?bu=NC").status());
        cells.put("demand plan import not a workbook", api.putBytes("api/demand-plan/workbook", "application/octet-stream",
                "not a workbook".getBytes()).status());
        cells.put("demand plan of an item", api.get("api/demand-plan/items/" + ITEM).status());
        cells.put("backup now", api.post("api/backups", null).status());
        cells.put("backups", api.get("api/backups").status());
        cells.put("import template", api.getBytes("api/imports/template").status());
        cells.put("import runs", api.get("api/imports").status());
        cells.put("import items CSV dry run", api.postBytes("api/imports?sheet=items&dryRun=true", "text/csv",
                "code,name_zh,name_en,unit_zh,unit_en,category,repair_class\r\nSP-MATRIX-1,矩阵,Matrix,个,pc,SPARE,II\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());
        cells.put("import users CSV dry run", api.postBytes("api/imports?sheet=users&dryRun=true", "text/csv",
                "username,display_name,org_unit,roles\r\nmatrix.user,Matrix,NC,VIEWER\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());
        cells.put("import read the planner's run", api.get("api/imports/" + plannersImportRun()).status());
        cells.put("import passwords of the planner's run", api.post("api/imports/" + plannersImportRun()
                + "/passwords", null).status());
        cells.put("import a run that found problems", api.post("api/imports/" + plannersImportRun() + "/import", null)
                .status());
        cells.put("emergency purchase link own site", api.put("api/documents/" + emergencyPurchase() + "/requisition",
                "{\"requisition\":\"" + requisitionNumber(requisitionAt("FILED")) + "\"}").status());
        cells.put("minimum stock of own site's store", api.get("api/minimum-stock?store=ZBET-G").status());
        cells.put("minimum stock set own BU store", api.put("api/minimum-stock/ZBET-G/" + ITEM, "{\"minimum\":0}")
                .status());
        cells.put("minimum stock set other BU store", api.put("api/minimum-stock/GZBD-G/" + ITEM, "{\"minimum\":0}")
                .status());
        cells.put("minimum stock alerts", api.get("api/minimum-stock/below").status());
        cells.put("outbound checks", api.get("api/outbound-checks").status());
        cells.put("outbound check require own BU", requireCheck(planner, api, "NC"));
        cells.put("outbound check require other BU", requireCheck(planner, api, "NW"));
        cells.put("outbound check own site", api.post("api/documents/" + id(planner.post("api/documents",
                document("SELF_USE", "ZBET-G", 1))) + "/check", null).status());
        cells.put("outbound check other BU site", api.post("api/documents/" + id(planner.post("api/documents",
                document("SELF_USE", "GZBD-G", 1))) + "/check", null).status());
        cells.put("receiving to count", api.get("api/receiving/to-count").status());
        cells.put("discrepancies", api.get("api/receiving/discrepancies").status());
        cells.put("discrepancy report own site", api.post("api/receiving/discrepancies", discrepancy(number(planner,
                "ZBET-G"))).status());
        cells.put("discrepancy report other BU site", api.post("api/receiving/discrepancies", discrepancy(number(planner,
                "GZBD-G"))).status());
        cells.put("papers attach own site", api.put("api/documents/" + id(planner.post("api/documents",
                withoutPapers("ZBET-G"))) + "/papers", "{\"deliveryNote\":\"DN-MATRIX\"}").status());
        cells.put("papers attach other BU site", api.put("api/documents/" + id(planner.post("api/documents",
                withoutPapers("GZBD-G"))) + "/papers", "{\"deliveryNote\":\"DN-MATRIX\"}").status());
        cells.put("bin cards own site", api.get("api/stores/ZBET-G/bins").status());
        cells.put("bin place own site", api.put("api/stores/ZBET-G/bins/" + ITEM, "{\"zone\":\"M1\"}").status());
        cells.put("bin place other BU site", api.put("api/stores/GZBD-G/bins/" + ITEM, "{\"zone\":\"M1\"}").status());
        cells.put("item ABC class", api.put("api/items/" + ITEM + "/abc", "{\"abc\":\"B\"}").status());
        cells.put("freight month", api.get("api/freight").status());
        cells.put("stock summary own scope", api.get("api/reports/stock-summary").status());
        cells.put("stock summary other BU", api.get("api/reports/stock-summary?unit=NW").status());
        cells.put("stock summary other BU store", api.get("api/reports/stock-summary?store=GZBD-G").status());
        cells.put("freight file own site", api.post("api/freight", freight("ZBET-G", ownReturn)).status());
        cells.put("freight file other BU site", api.post("api/freight", freight("GZBD-G", otherReturn)).status());
        cells.put("freight approve own BU", api.post("api/freight/" + id(planner.post("api/freight",
                freight("ZBET-G", ownReturn))) + "/approve", "{}").status());
        cells.put("freight approve other BU", api.post("api/freight/" + id(planner.post("api/freight",
                freight("GZBD-G", otherReturn))) + "/approve", "{}").status());
        cells.put("tool loan lend own site", api.post("api/tool-loans", toolLoan("ZBET-G")).status());
        cells.put("tool loan lend other BU site", api.post("api/tool-loans", toolLoan("GZBD-G")).status());
        cells.put("tool loans", api.get("api/tool-loans").status());
        cells.put("tool loan take back own site", api.post("api/tool-loans/" + id(planner.post("api/tool-loans",
                toolLoan("ZBET-G"))) + "/return", "{\"condition\":\"FINE\"}").status());
        cells.put("tool loan take back other BU site", api.post("api/tool-loans/" + id(planner.post("api/tool-loans",
                toolLoan("GZBD-G"))) + "/return", "{\"condition\":\"FINE\"}").status());
        cells.put("minimum stock requisition own site", api.post("api/minimum-stock/requisition",
                "{\"site\":\"ZBET\"}").status());
    }

    private static final String REQUISITION = "{\"site\":\"ZBET\",\"lines\":[{\"item\":\"" + ITEM
            + "\",\"quantity\":1,\"reason\":\"matrix\"}]}";

    private static int step(ApiClient api, long id, String action, String reason) {
        return api.post("api/requisitions/" + id + "/steps", "{\"action\":\"" + action + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}").status();
    }

    /** A petty purchase of one unit at the own site, bought first in an emergency, saved. */
    private long emergencyPurchase() {
        return id(helper("accountant").post("api/documents", "{\"category\":\"PETTY_PURCHASE\","
                + "\"store\":\"ZBET-G\",\"emergency\":true,\"date\":\"" + java.time.LocalDate.now() + "\",\"lines\":["
                + "{\"item\":\"" + ITEM + "\",\"quantity\":1}]}"));
    }

    private String requisitionNumber(long id) {
        return helper("planner").get("api/requisitions/" + id).object().getString("number");
    }

    /** A fresh requisition of ZBET that its own signers brought as far as the status. */
    private long requisitionAt(String status) {
        long id = id(helper("keeper").post("api/requisitions", REQUISITION));
        String[][] steps = {{"FILED", "chief", "SIGN"}, {"CHECKED", "buplanner", "CHECK"},
                {"SUPERVISOR_SIGNED", "supervisor", "SUPERVISE"}, {"APPROVED", "manager", "APPROVE"}};
        for (String[] step : steps) {
            if (status.equals("DRAFT")) {
                break;
            }
            assertEquals(200, step(helper(step[1]), id, step[2], null));
            if (status.equals(step[0])) {
                break;
            }
        }
        return id;
    }

    /** Everything arrived, today: an arrival is dated between shipping and today. */
    private static final String ARRIVED_WHOLE = "{\"date\":\"" + java.time.LocalDate.now() + "\",\"lines\":[]}";

    /** A good-store slip of one unit, dated like the documents. */
    private static String slip(String from, String to) {
        return "{\"kind\":\"GOOD\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"date\":\"2026-11-22\","
                + "\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":1}]}";
    }

    /** A fresh slip the planner made (and reviewed, if asked), as the API answered it. */
    private static JsonObject plannedSlip(ApiClient planner, String from, String to, boolean reviewed) {
        ApiClient.Answer made = planner.post("api/transfers", slip(from, to));
        long id = id(made);
        if (!reviewed) {
            return made.object();
        }
        ApiClient.Answer review = planner.post("api/transfers/" + id + "/review", null);
        assertEquals(200, review.status(), review.raw());
        return review.object();
    }

    private static long slipId(JsonObject slip) {
        return slip.getJsonNumber("id").longValue();
    }

    /** A fresh slip the planner made (and reviewed, if asked), then the user's action on it. */
    private static int onSlip(ApiClient planner, String from, String to, boolean reviewed,
            Function<String, ApiClient.Answer> action) {
        return action.apply("api/transfers/" + slipId(plannedSlip(planner, from, to, reviewed))).status();
    }

    /** Stock received into the sending store, a slip reviewed and its transfer-out reviewed: the goods are on their way. */
    private static long shippedSlip(ApiClient planner, String from, String to) {
        long receipt = id(planner.post("api/documents", purchase(from)));
        assertEquals(200, planner.post("api/documents/" + receipt + "/review", null).status());
        JsonObject slip = plannedSlip(planner, from, to, true);
        ApiClient.Answer shipped = planner.post("api/documents/"
                + slip.getJsonObject("outbound").getJsonNumber("id").longValue() + "/review", null);
        assertEquals(200, shipped.status(), shipped.raw());
        return slipId(slip);
    }

    /** North West to ZBET, shipped and received with its one unit missing; the loss approved, if asked. */
    private static long lossSlip(ApiClient planner, boolean approved) {
        long id = shippedSlip(planner, "NW-G", "ZBET-G");
        ApiClient.Answer arrival = planner.put("api/transfers/" + id + "/arrival",
                "{\"date\":\"" + java.time.LocalDate.now() + "\",\"lines\":[{\"line\":1,\"missing\":1}]}");
        assertEquals(200, arrival.status(), arrival.raw());
        ApiClient.Answer received = planner.post("api/documents/"
                + arrival.object().getJsonObject("inbound").getJsonNumber("id").longValue() + "/review", null);
        assertEquals(200, received.status(), received.raw());
        if (approved) {
            ApiClient.Answer approval = planner.post("api/transfers/" + id + "/loss-approval", null);
            assertEquals(200, approval.status(), approval.raw());
        }
        return id;
    }

    private static long requested(ApiClient keeper) {
        ApiClient.Answer answer = keeper.post("api/it/service-matrix/submit-request?code=ZBET", null);
        assertEquals("ok", answer.object().getString("outcome"), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }

    private static String onProbe(ApiClient planner, ApiClient api, String store, String category, String first,
            String action) {
        String body = category.equals("SCRAP") ? document("SCRAP", store, 1) : purchase(store);
        long id = id(planner.post("api/documents", body));
        if (first != null) {
            assertEquals(200, planner.post("api/documents/" + id + "/" + first, null).status());
        }
        return probe(api, action, id, null);
    }

    private static String probe(ApiClient api, String action, Long id, String store) {
        return probe(api, action, id, store, null);
    }

    private static String probe(ApiClient api, String action, Long id, String store, String code) {
        List<String> query = new ArrayList<>();
        if (id != null) {
            query.add("id=" + id);
        }
        if (store != null) {
            query.add("store=" + store);
        }
        if (code != null) {
            query.add("code=" + code);
        }
        ApiClient.Answer answer = api.post("api/it/service-matrix/" + action
                + (query.isEmpty() ? "" : "?" + String.join("&", query)), null);
        assertEquals(200, answer.status(), action + ": " + answer.raw());
        return answer.object().getString("outcome");
    }

    /** Runs every action once as the user, on fresh documents that the planner prepares. */
    private Map<String, Integer> cells(ApiClient planner, ApiClient api) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        long ownDraft = id(planner.post("api/documents", purchase("ZBET-G")));
        long otherDraft = id(planner.post("api/documents", purchase("GZBD-G")));
        String list = api.get("api/documents?status=SAVED&max=500").raw();
        cells.put("list sees own draft", list.contains("\"id\":" + ownDraft + ",") ? 1 : 0);
        cells.put("list sees other BU draft", list.contains("\"id\":" + otherDraft + ",") ? 1 : 0);
        cells.put("read own", api.get("api/documents/" + ownDraft).status());
        cells.put("read other BU", api.get("api/documents/" + otherDraft).status());
        cells.put("history other BU", api.get("api/documents/" + otherDraft + "/history").status());
        long ownDeleted = idOf(deleted(planner, "ZBET-G"));
        cells.put("read deleted own", api.get("api/documents/" + ownDeleted).status());
        cells.put("history deleted own", api.get("api/documents/" + ownDeleted + "/history").status());
        cells.put("history deleted other BU", api.get("api/documents/" + idOf(deleted(planner, "GZBD-G"))
                + "/history").status());
        cells.put("create own", api.post("api/documents", purchase("ZBET-G")).status());
        cells.put("create other BU", api.post("api/documents", purchase("GZBD-G")).status());
        cells.put("modify own", api.put("api/documents/" + ownDraft, purchase("ZBET-G")).status());
        cells.put("modify other BU", api.put("api/documents/" + otherDraft, purchase("GZBD-G")).status());
        cells.put("review own", on(planner, "ZBET-G", "PURCHASE", null, (id, p) -> api.post(p + "/review", null)));
        cells.put("review other BU", on(planner, "GZBD-G", "PURCHASE", null, (id, p) -> api.post(p + "/review", null)));
        cells.put("approve scrap own", on(planner, "ZBET-D", "SCRAP", null, (id, p) -> api.post(p + "/review", null)));
        cells.put("approve scrap other BU",
                on(planner, "GZBD-D", "SCRAP", null, (id, p) -> api.post(p + "/review", null)));
        cells.put("unreview own",
                on(planner, "ZBET-G", "PURCHASE", "review", (id, p) -> api.post(p + "/unreview", null)));
        cells.put("unreview other BU",
                on(planner, "GZBD-G", "PURCHASE", "review", (id, p) -> api.post(p + "/unreview", null)));
        cells.put("return draft own", on(planner, "ZBET-G", "PURCHASE", "review", (id, p) -> api.get(p + "/return")));
        cells.put("return draft other BU",
                on(planner, "GZBD-G", "PURCHASE", "review", (id, p) -> api.get(p + "/return")));
        cells.put("delete own", on(planner, "ZBET-G", "PURCHASE", null, (id, p) -> api.delete(p)));
        cells.put("delete other BU", on(planner, "GZBD-G", "PURCHASE", null, (id, p) -> api.delete(p)));
        cells.put("on hand own site", api.get("api/stores/ZBET-G/on-hand").status());
        cells.put("on hand other BU site", api.get("api/stores/GZBD-G/on-hand").status());
        cells.put("lots other BU site", api.get("api/stores/GZBD-G/lots?item=" + ITEM).status());
        cells.put("ledger other BU site", api.get("api/stores/GZBD-G/ledger?item=" + ITEM).status());
        cells.put("stock check", api.get("api/stock-check").status());
        cells.put("audit trail", api.get("api/audit?max=5").status());
        cells.put("user list", api.get("api/users").status());
        cells.put("reset a password (no such user)", api.post("api/users/nobody.here/reset-password", null).status());
        cells.put("own tokens", api.get("api/tokens").status());
        cells.put("org unit other BU site", api.get("api/org-units/GZBD").status());
        String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        cells.put("create a supplier", api.post("api/suppliers", "{\"code\":\"SUP-M" + unique
                + "\",\"nameZh\":\"矩阵供应商\",\"nameEn\":\"Matrix supplier\"}").status());
        cells.put("add a turbine to own site", api.post("api/sites/ZBET/turbines", "{\"turbineNo\":\"M" + unique
                + "\",\"model\":\"GW-121\"}").status());
        cells.put("item requests", api.get("api/item-requests").status());
        transferCells(cells, planner, api);
        stocktakeCells(cells, planner, api);
        String thisMonth = java.time.YearMonth.now().toString();
        cells.put("close own BU month", api.post("api/month-closes", "{\"bu\":\"NC\",\"month\":\"" + thisMonth
                + "\"}").status());
        cells.put("close other BU month", api.post("api/month-closes", "{\"bu\":\"NW\",\"month\":\"" + thisMonth
                + "\"}").status());
        cells.put("reopen a month", api.post("api/month-closes/NC/" + java.time.YearMonth.now().minusMonths(1)
                + "/reopen", "{\"reason\":\"matrix\"}").status());
        cells.put("closed months", api.get("api/month-closes").status());
        cells.put("daily ledger own site", api.get("api/daily-ledger?site=ZBET").status());
        cells.put("daily ledger other BU site", api.get("api/daily-ledger?site=GZBD").status());
        cells.put("daily ledger PDF own site", api.getBytes("api/daily-ledger/pdf?site=ZBET").status());
        cells.put("daily ledger PDF other BU site", api.getBytes("api/daily-ledger/pdf?site=GZBD").status());
        cells.put("failed-part register", api.get("api/failed-parts?site=ZBET").status());
        requisitionCells(cells, planner, api);
        cells.put("failed-part register workbook", api.getBytes("api/failed-parts/workbook?site=ZBET").status());
        cells.put("failed-part packing list own site", api.getBytes("api/failed-parts/packing-list?site=ZBET")
                .status());
        cells.put("failed-part returns", api.get("api/failed-parts/returns").status());
        cells.put("failed-part serial history unknown unit", api.get("api/failed-parts/serials/SP-PIT-0001/NO-SUCH-UNIT")
                .status());
        cells.put("failed-part return slip own site no lines", api.post("api/failed-parts/return-slips",
                "{\"site\":\"ZBET\",\"lines\":[]}").status());
        cells.put("failed-part repair hub", api.get("api/failed-parts/hub").status());
        cells.put("failed-part warranty repair unknown unit", api.post("api/failed-parts/serials/TL-GNL-0001/NO-SUCH-UNIT"
                + "/warranty-repairs", "{\"date\":\"" + java.time.LocalDate.now() + "\",\"maker\":\"M\",\"work\":\"w\"}")
                .status());
        cells.put("on hand at a past day other BU site", api.get("api/stores/GZBD-G/on-hand?at="
                + java.time.LocalDate.now().minusDays(1)).status());
        // a day no other test reports (the service matrix takes the day before), far enough back to be late
        String reportDay = java.time.LocalDate.now().minusDays(40).toString();
        String report = "{\"lateReason\":\"matrix\",\"lines\":[]}";
        cells.put("daily report submit own site", api.put("api/daily-reports/ZBET/" + reportDay, report).status());
        cells.put("daily report submit other BU site", api.put("api/daily-reports/GZBD/" + reportDay, report).status());
        cells.put("daily report read other BU site", api.get("api/daily-reports/GZBD/" + reportDay).status());
        cells.put("daily report drafts other BU site", api.post("api/daily-reports/GZBD/" + reportDay + "/drafts", null)
                .status());
        cells.put("daily reports of the BU", api.get("api/daily-reports").status());
        cells.put("reconciliation other BU site", api.get("api/reconciliations/GZBD").status());
        cells.put("health", api.get("health").status());
        cells.put("metrics", api.getBytes("metrics").status());
        cells.put("OpenAPI description", api.get("openapi").status());
        return cells;
    }

    /** A fresh document the planner made (and reviewed, if asked), then the user's action on it. */
    private static int on(ApiClient planner, String store, String category, String first,
            BiFunction<Long, String, ApiClient.Answer> action) {
        String body = category.equals("SCRAP") ? document("SCRAP", store, 1) : purchase(store);
        long id = id(planner.post("api/documents", body));
        if (first != null) {
            assertEquals(200, planner.post("api/documents/" + id + "/" + first, null).status());
        }
        return action.apply(id, "api/documents/" + id).status();
    }

    /** Token clients of the users who prepare cells (a requisition brought to a step, say), made once each. */
    private final Map<String, ApiClient> helpers = new java.util.HashMap<>();

    private Long plannersImportRun;

    /** A dry run of the planning office that found a problem (an empty file): read, never imported. */
    private long plannersImportRun() {
        if (plannersImportRun == null) {
            ApiClient.Answer started = helper("planner").postBytes("api/imports?sheet=items&dryRun=true", "text/csv",
                    "code,name_zh,name_en,unit_zh,unit_en,category,repair_class\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(202, started.status(), started.raw());
            plannersImportRun = GoLiveImportApiIT.finished(helper("planner"), started.object()).getJsonNumber("id")
                    .longValue();
        }
        return plannersImportRun;
    }

    private ApiClient helper(String user) {
        return helpers.computeIfAbsent(user, this::tokenClient);
    }

    /** The user's own API token, made with the password once: the matrix then runs without password hashing. */
    private ApiClient tokenClient(String user) {
        ApiClient.Answer made = ApiClient.as(base, user, "demo").post("api/tokens", "{\"label\":\"matrix\"}");
        assertEquals(201, made.status(), user + ": " + made.raw());
        return ApiClient.withToken(base, made.object().getString("token"));
    }

    private static String purchase(String store) {
        return "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + store + "\",\"supplier\":\"SUP-005\",\"date\":\"2026-11-22\","
                + "\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":1}]}";
    }

    private static String document(String category, String store, int quantity) {
        return "{\"deliveryNote\":\"DN-IT\",\"category\":\"" + category + "\",\"store\":\"" + store + "\",\"date\":\"2026-11-22\","
                + "\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":" + quantity + "}]}";
    }

    /** A purchase the planner entered into the store and deleted, as it was when created. */
    private static JsonObject deleted(ApiClient planner, String store) {
        ApiClient.Answer created = planner.post("api/documents", purchase(store));
        long id = id(created);
        assertEquals(204, planner.delete("api/documents/" + id).status());
        return created.object();
    }

    private static long idOf(JsonObject document) {
        return document.getJsonNumber("id").longValue();
    }

    private static long id(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }
}
