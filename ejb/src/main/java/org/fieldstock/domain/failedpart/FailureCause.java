package org.fieldstock.domain.failedpart;

/** Why a part failed, as the register's cause column (故障原因) names it; the note says more. */
public enum FailureCause {
    /** 磨损老化: worn out in normal service. */
    WEAR,
    /** 电气故障: an electrical fault (winding, insulation, board). */
    ELECTRICAL,
    /** 机械损坏: broken, cracked, seized. */
    MECHANICAL,
    /** 过热烧毁: burnt out by overheating. */
    OVERHEATING,
    /** 渗漏: a leak (seal, hose, housing). */
    LEAK,
    /** 雷击: struck by lightning. */
    LIGHTNING,
    /** 存储损坏: damaged while in storage or in transport, never fitted. */
    STORAGE,
    /** 其他: the note says what. */
    OTHER
}
