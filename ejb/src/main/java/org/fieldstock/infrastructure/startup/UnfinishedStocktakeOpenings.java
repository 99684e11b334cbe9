package org.fieldstock.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.fieldstock.application.stocktake.StocktakeOpening;

/**
 * Goes on with stocktake openings left half done: at start (after the migrations) those this server
 * left, and every minute any whose server stopped, so that no campaign stays opening for good.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class UnfinishedStocktakeOpenings {

    @Inject
    private StocktakeOpening opening;

    @PostConstruct
    void resume() {
        opening.resumeUnfinished();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void resumeStalled() {
        opening.resumeUnfinished();
    }
}
