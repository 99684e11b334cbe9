package org.fieldstock.domain.item;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldstock.domain.shared.BusinessException;

/**
 * The item code pattern of the catalogue: category prefix, assembly group, four-digit number,
 * as in "SP-GBX-0012" (a gearbox spare), "TL-GNL-0003" (a general tool), "CS-HYD-0001".
 */
public final class ItemCodes {

    /** Letters, digits and dashes, up to 20: any code the old system had is kept as it was. */
    public static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    private static final Pattern GROUP = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern NUMBERED = Pattern.compile("([A-Z]{2})-([A-Z]{2,6})-(\\d{4})");

    private ItemCodes() {
    }

    public static String prefix(ItemCategory category) {
        return switch (category) {
            case SPARE -> "SP";
            case TOOL -> "TL";
            case CONSUMABLE -> "CS";
        };
    }

    public static boolean isValidGroup(String group) {
        return group != null && GROUP.matcher(group).matches();
    }

    /** The group of a code that follows the pattern ("GBX" of "SP-GBX-0012"); null for any other code. */
    public static String groupOf(String code) {
        Matcher m = NUMBERED.matcher(code);
        return m.matches() ? m.group(2) : null;
    }

    /** The code after the highest one of that category and group: "SP-GBX-0013" after "SP-GBX-0012". */
    public static String next(ItemCategory category, String group, Collection<String> existingCodes) {
        String prefix = prefix(category);
        String g = group.strip().toUpperCase(Locale.ROOT);
        int highest = 0;
        for (String code : existingCodes) {
            Matcher m = NUMBERED.matcher(code);
            if (m.matches() && m.group(1).equals(prefix) && m.group(2).equals(g)) {
                highest = Math.max(highest, Integer.parseInt(m.group(3)));
            }
        }
        if (highest >= 9999) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "item.code.groupFull", prefix + "-" + g);
        }
        return String.format("%s-%s-%04d", prefix, g, highest + 1);
    }
}
