package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.fieldstock.domain.document.Arrival;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.interfaces.shared.ItemRef;

/** One line of a transfer-in as the receiver fills it in: how many arrived damaged, how many are missing. */
public class ArrivalRow implements Serializable {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;，；]+");

    private final int lineNo;
    private final ItemRef item;
    private final BigDecimal sent;
    private final List<String> sentSerials;
    private BigDecimal damaged;
    private BigDecimal missing;
    private String damagedSerials;
    private String missingSerials;

    ArrivalRow(DocumentLine line) {
        this.lineNo = line.getLineNo();
        this.item = ItemRef.of(line.getItem());
        this.sent = line.getQuantity().stripTrailingZeros();
        this.sentSerials = List.copyOf(line.getSerials());
        this.damaged = line.getDamagedOnArrival().signum() == 0 ? null : line.getDamagedOnArrival().stripTrailingZeros();
        this.missing = line.getMissingOnArrival().signum() == 0 ? null : line.getMissingOnArrival().stripTrailingZeros();
        this.damagedSerials = line.getDamagedSerials().isEmpty() ? null : String.join(", ", line.getDamagedSerials());
        this.missingSerials = line.getMissingSerials().isEmpty() ? null : String.join(", ", line.getMissingSerials());
    }

    Arrival toArrival() {
        return new Arrival(lineNo, damaged, missing, split(damagedSerials), split(missingSerials));
    }

    /** What arrives in good order as the row stands: sent less damaged less missing. */
    public BigDecimal getArrivedGood() {
        BigDecimal good = sent;
        good = damaged == null ? good : good.subtract(damaged);
        good = missing == null ? good : good.subtract(missing);
        return good.stripTrailingZeros();
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(SEPARATORS.split(text.strip())).filter(s -> !s.isEmpty()).toList();
    }

    public int getLineNo() {
        return lineNo;
    }

    public ItemRef getItem() {
        return item;
    }

    public BigDecimal getSent() {
        return sent;
    }

    public String getSentSerials() {
        return String.join(", ", sentSerials);
    }

    public BigDecimal getDamaged() {
        return damaged;
    }

    public void setDamaged(BigDecimal damaged) {
        this.damaged = damaged;
    }

    public BigDecimal getMissing() {
        return missing;
    }

    public void setMissing(BigDecimal missing) {
        this.missing = missing;
    }

    public String getDamagedSerials() {
        return damagedSerials;
    }

    public void setDamagedSerials(String damagedSerials) {
        this.damagedSerials = damagedSerials;
    }

    public String getMissingSerials() {
        return missingSerials;
    }

    public void setMissingSerials(String missingSerials) {
        this.missingSerials = missingSerials;
    }
}
