package org.fieldstock.infrastructure.startup;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.fieldstock.application.item.PriceListService;

/**
 * Lets the price list's prices dated ahead take effect in the catalogue on their day: at start
 * (after the migrations and the demo data) and a few minutes after each midnight. Every server of a
 * cluster does it; the same price written twice is the same price, and a server that loses the
 * race to another leaves it to it.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoDataLoader"})
public class DuePrices {

    private static final Logger LOG = Logger.getLogger(DuePrices.class.getName());

    @EJB
    private PriceListService prices;

    @PostConstruct
    void atStart() {
        apply();
    }

    @Schedule(minute = "5", hour = "0", persistent = false)
    void apply() {
        try {
            prices.applyDuePrices();
        } catch (jakarta.ejb.EJBException raced) {
            // most likely another server setting the same prices at the same moment; the next run catches up
            LOG.log(Level.WARNING, "the prices due today were not applied by this server now", raced);
        }
    }
}
