/** The go-live import screen. */
package org.fieldstock.interfaces.golive.web;
