package org.fieldstock.interfaces.failedpart.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.failedpart.FailedPartService;
import org.fieldstock.application.failedpart.RegisterEntry;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.RegisterSearch;
import org.fieldstock.domain.failedpart.ReturnCycle;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.interfaces.failedpart.RegisterPdf;
import org.fieldstock.interfaces.failedpart.RegisterWorkbook;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The damaged-part register (返修损坏备件清单) of a site, or of every site the user sees: filtered by
 * turbine, item, cause, dates and whether returned, with what waits in the damaged store and its
 * volume, and the same lines as the workbook that goes ahead to the repair hub.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    /** By default the last year, which a site's return cycle keeps far inside. */
    static final int DEFAULT_DAYS_BACK = 365;

    @Inject
    private FailedPartService failedParts;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private LocaleSelection localeSelection;

    private List<OrgUnitRef> sites = List.of();
    private String siteCode;
    private String turbineNo;
    private String itemCode;
    private FailureCause cause;
    private LocalDate from = LocalDate.now().minusDays(DEFAULT_DAYS_BACK);
    private LocalDate to;
    /** "" for all, "false" still waiting, "true" returned: a select's values. */
    private String returned = "false";
    private List<RegisterRow> rows = List.of();
    private List<ReturnRow> returns = List.of();
    private List<RegisterRow> selected = new ArrayList<>();
    private boolean returnSlipAllowed;
    private BigDecimal waitingUnits = BigDecimal.ZERO;
    private BigDecimal waitingVolume = BigDecimal.ZERO;

    /** Called from f:viewAction: the sites, the first chosen when the user has one, and its register. */
    public void load() {
        sites = OrgUnitRef.all(failedParts.sites());
        feedback.attempt(() -> returns = ReturnRow.all(failedParts.returns()));
        if (siteCode == null && sites.size() == 1) {
            siteCode = sites.get(0).code();
        }
        search();
    }

    public void search() {
        List<RegisterEntry> entries = feedback.answer(() -> failedParts.register(search(siteCode))).orElse(List.of());
        selected = new ArrayList<>();
        returnSlipAllowed = false;
        if (siteCode != null) {
            feedback.attempt(() -> returnSlipAllowed = failedParts.mayMakeReturnSlip(siteCode));
        }
        rows = entries.stream().map(RegisterRow::of).toList();
        waitingUnits = entries.stream().map(RegisterEntry::waiting).reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros();
        waitingVolume = entries.stream().map(RegisterEntry::waitingVolume).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Without a site chosen, the sites of the user's own unit (a BU's, every site for the planning office). */
    private RegisterSearch search(String site) {
        return new RegisterSearch(site, turbineNo, itemCode, cause, from, to,
                returned == null || returned.isEmpty() ? null : Boolean.valueOf(returned), site == null);
    }

    public void reset() {
        turbineNo = null;
        itemCode = null;
        cause = null;
        from = LocalDate.now().minusDays(DEFAULT_DAYS_BACK);
        to = null;
        returned = "false";
        search();
    }

    /** The chosen lines of the chosen site go back to the repair hub on a damaged-goods transfer slip, saved. */
    public void makeReturnSlip() throws IOException {
        List<FailedPartService.LineRef> lines = selected.stream()
                .map(row -> new FailedPartService.LineRef(row.intakeId(), row.lineNo())).toList();
        List<Long> made = new ArrayList<>(1);
        List<String> number = new ArrayList<>(1);
        if (feedback.attempt(() -> {
            TransferSlip slip = failedParts.returnSlip(siteCode, lines);
            made.add(slip.getId());
            number.add(slip.getNumber());
        })) {
            feedback.flashInfo("register.returnSlip.made", number.get(0));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/transfers/edit.xhtml?id=" + made.get(0));
        }
    }

    /** The lines as filtered, as the bilingual workbook. */
    public StreamedContent getWorkbook() {
        List<RegisterEntry> entries = feedback.answer(() -> failedParts.register(search(siteCode))).orElse(List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RegisterWorkbook.write(entries, siteCode == null ? "" : siteCode, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name(RegisterWorkbook.fileName(siteCode, LocalDate.now()))
                .contentType(RegisterWorkbook.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /**
     * The packing list of the chosen site's return: the lines ticked, or all still waiting as filtered
     * when none is; none without a site.
     */
    public StreamedContent getPackingList() {
        if (siteCode == null) {
            feedback.error("register.pdf.siteRequired");
            return null;
        }
        List<RegisterEntry> entries = new ArrayList<>();
        List<OrgUnit> site = new ArrayList<>(1);
        if (!feedback.attempt(() -> {
            site.add(failedParts.site(siteCode));
            entries.addAll(failedParts.packingList(new RegisterSearch(siteCode, turbineNo, itemCode, cause, from, to,
                    false), selected.stream().map(row -> new FailedPartService.LineRef(row.intakeId(), row.lineNo()))
                            .toList()));
        })) {
            return null;
        }
        Instant now = Instant.now();
        String printedBy = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        byte[] pdf = RegisterPdf.render(site.get(0), entries, localeSelection.getLocale(), printedBy, now);
        return DefaultStreamedContent.builder().name(RegisterPdf.fileName(site.get(0), now))
                .contentType(RegisterPdf.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public FailureCause[] getCauses() {
        return FailureCause.values();
    }

    public List<OrgUnitRef> getSites() {
        return sites;
    }

    /** Per site with damaged parts waiting (the chosen site only, once one is), whether their return is due. */
    public List<ReturnRow> getReturns() {
        return returns.stream().filter(r -> r.status() != ReturnCycle.ReturnStatus.NOTHING_WAITING)
                .filter(r -> siteCode == null || r.code().equals(siteCode)).toList();
    }

    public List<RegisterRow> getSelected() {
        return selected;
    }

    public void setSelected(List<RegisterRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    /** Whether the user may make the chosen site's return slip (the transfer rules: across BUs, the planning office). */
    public boolean isReturnSlipAllowed() {
        return returnSlipAllowed;
    }

    /** Whether the search found more lines than one search reads. */
    public boolean isTruncated() {
        return rows.size() >= FailedPartService.MAX_ENTRIES;
    }

    public int getMaxEntries() {
        return FailedPartService.MAX_ENTRIES;
    }

    public List<RegisterRow> getRows() {
        return rows;
    }

    public BigDecimal getWaitingUnits() {
        return waitingUnits;
    }

    public BigDecimal getWaitingVolume() {
        return waitingVolume;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public String getTurbineNo() {
        return turbineNo;
    }

    public void setTurbineNo(String turbineNo) {
        this.turbineNo = turbineNo;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public FailureCause getCause() {
        return cause;
    }

    public void setCause(FailureCause cause) {
        this.cause = cause;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReturned() {
        return returned;
    }

    public void setReturned(String returned) {
        this.returned = returned;
    }
}
