/** Transfer-slip screens: the slip editor with shipping and receiving, work lists, goods in transit, month-end report. */
package org.fieldstock.interfaces.transfer.web;
