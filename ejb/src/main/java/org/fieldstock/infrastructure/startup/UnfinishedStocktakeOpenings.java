package org.fieldstock.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.fieldstock.application.StocktakeOpening;

/** After the migrations, goes on with stocktake openings that a stopped server left half done. */
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
}
