/**
 * The site's daily report (现场出入库流水账 as the keeper sends it to the BU each evening): the
 * day's movements as the site wrote them, whether it came on time, and the draft documents the
 * BU accountant made of it.
 */
package org.fieldstock.domain.dailyreport;
