/** Tool loans on screen: the loans of the user's stores, lending a tool, taking it back, the form. */
package org.fieldstock.interfaces.toolloan.web;
