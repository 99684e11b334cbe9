package org.fieldstock.application.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;

/**
 * Runs long work (exporting every sheet of a stocktake, say) off the request, as the user who
 * started it: an asynchronous EJB call carries the caller's identity, and CDI keeps a request
 * context active during it, so the services it calls check rights and scope as usual.
 */
@Stateless
@PermitAll
public class BackgroundWork {

    @Asynchronous
    public void run(Runnable work) {
        work.run();
    }
}
