/** Transfer slips between stores: making, approving, shipping, receiving with differences, and the in-transit list. */
package org.fieldstock.application.transfer;
