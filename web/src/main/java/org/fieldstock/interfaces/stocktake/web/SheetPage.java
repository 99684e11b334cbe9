package org.fieldstock.interfaces.stocktake.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetStatus;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.interfaces.shared.StoreRef;

/**
 * A sheet's page as the service's detail gives it, less the lines (kept as rows): the sheet, its
 * figures, and what the service says the user may see and do — whether the books are hidden, and
 * whether they may count or decide.
 */
public record SheetPage(Sheet sheet, SheetTotals totals, boolean booksHidden, boolean mayCount, boolean mayDecide,
        boolean late) implements Serializable {

    /** The sheet: store, campaign, state, team, the decision and the documents it made, and its version. */
    public record Sheet(long id, int version, StoreRef store, Campaign campaign, Instant frozenAt, SheetStatus status,
            String countedBy, String witnessedBy, String decidedBy, Instant decidedAt, String decisionComment,
            Document gainDocument, Document lossDocument) implements Serializable {

        static Sheet of(CountSheet sheet) {
            return new Sheet(sheet.getId(), sheet.getVersion(), StoreRef.of(sheet.getStore()),
                    Campaign.of(sheet.getCampaign()), sheet.getFrozenAt(), sheet.getStatus(), sheet.getCountedBy(),
                    sheet.getWitnessedBy(), sheet.getDecidedBy(), sheet.getDecidedAt(), sheet.getDecisionComment(),
                    Document.of(sheet.getGainDocument()), Document.of(sheet.getLossDocument()));
        }
    }

    /** The campaign of the sheet, for its link, deadline and whether it counts blind. */
    public record Campaign(long id, String number, LocalDate deadline, boolean blind) implements Serializable {

        static Campaign of(StocktakeCampaign campaign) {
            return new Campaign(campaign.getId(), campaign.getNumber(), campaign.getDeadline(), campaign.isBlind());
        }
    }

    /** A gain or loss document an approval made, for its link. */
    public record Document(long id, String number) implements Serializable {

        static Document of(StockDocument document) {
            return document == null ? null : new Document(document.getId(), document.getNumber());
        }
    }

    static SheetPage of(SheetDetail detail) {
        return new SheetPage(Sheet.of(detail.sheet()), detail.totals(), detail.booksHidden(), detail.mayCount(),
                detail.mayDecide(), detail.late());
    }
}
