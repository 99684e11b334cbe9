package org.fieldstock.interfaces.supplier.rest;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.supplier.SupplierService;
import org.fieldstock.domain.supplier.Supplier;

/** Suppliers. */
@Path("suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Master data")
public class SupplierResource {

    @Inject
    private SupplierService suppliers;

    /** A supplier to create or rename; the code is ignored on rename. */
    @Schema(name = "SupplierRequest")
    public record SupplierRequest(String code, String nameZh, String nameEn, Integer version) {
    }

    @Schema(name = "Supplier")
    public record SupplierJson(String code, String nameZh, String nameEn, int version) {

        static SupplierJson of(Supplier s) {
            return new SupplierJson(s.getCode(), s.getNameZh(), s.getNameEn(), s.getVersion());
        }
    }

    @GET
    @Operation(summary = "Every supplier, by code")
    public List<SupplierJson> all() {
        return suppliers.suppliers().stream().map(SupplierJson::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One supplier")
    public SupplierJson one(@PathParam("code") String code) {
        return SupplierJson.of(suppliers.supplier(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a supplier; planning office")
    public Response create(SupplierRequest request) {
        SupplierRequest r = request == null ? new SupplierRequest(null, null, null, null) : request;
        Supplier supplier = suppliers.create(r.code(), r.nameZh(), r.nameEn());
        return Response.created(URI.create("suppliers/" + supplier.getCode())).entity(SupplierJson.of(supplier))
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a supplier; planning office")
    public SupplierJson rename(@PathParam("code") String code, SupplierRequest request) {
        SupplierRequest r = request == null ? new SupplierRequest(null, null, null, null) : request;
        return SupplierJson.of(suppliers.rename(code, r.nameZh(), r.nameEn(), r.version()));
    }
}
