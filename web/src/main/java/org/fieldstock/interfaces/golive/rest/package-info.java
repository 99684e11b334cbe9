/** The go-live import over REST: the template, starting a run (a dry run or the real one), following it. */
package org.fieldstock.interfaces.golive.rest;
