package org.fieldstock.interfaces.item.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldstock.application.item.ItemMasterService;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.interfaces.shared.rest.RequestParameters;

/** The item catalogue. */
@Path("items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Master data")
public class ItemResource {

    private static final int DEFAULT_PAGE = 50;

    @Inject
    private ItemMasterService items;

    @Inject
    private org.fieldstock.application.stock.BinLocationService bins;

    /** An item's ABC class: A, B or C; left out: not classed. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AbcClassRequest")
    public record AbcRequest(String abc) {
    }

    /** A page of items and how many match in all. */
    @Schema(name = "ItemPage")
    public record PageJson(List<ItemJson> items, long total, int first) {
    }

    /** A code suggestion. */
    @Schema(name = "NextItemCode")
    public record NextCodeJson(String code) {
    }

    @GET
    @Operation(summary = "Items whose code, names or spec contain q, of one category if given, by code, a page at a time")
    public PageJson search(@QueryParam("q") String text, @QueryParam("category") String category,
            @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        int from = first == null ? 0 : first;
        ItemMasterService.ItemPage page = items.page(text,
                RequestParameters.enumValue("category", category, ItemCategory.class), from,
                max == null ? DEFAULT_PAGE : max);
        return new PageJson(page.items().stream().map(ItemJson::of).toList(), page.total(), Math.max(0, from));
    }

    @GET
    @Path("next-code")
    @Operation(summary = "The next free code of a category and group, e.g. SP-GBX-0013; planning office")
    public NextCodeJson nextCode(@QueryParam("category") String category, @QueryParam("group") String group) {
        return new NextCodeJson(items.nextCode(RequestParameters.enumValue("category", category, ItemCategory.class),
                group));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One item")
    public ItemJson one(@PathParam("code") String code) {
        return ItemJson.of(items.item(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an item; the code is unique and never changes; planning office")
    public Response create(ItemBody request) {
        ItemBody r = request == null ? ItemBody.EMPTY : request;
        Item item = items.create(r.code(), r.details());
        return Response.created(URI.create("items/" + item.getCode())).entity(ItemJson.of(item)).build();
    }

    @PUT
    @Path("{code}/abc")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Class an item A, B or C (3篇 1.4.2), as its bin cards show it; planning office")
    public ItemJson classify(@PathParam("code") String code, AbcRequest request) {
        return ItemJson.of(bins.classify(code, RequestParameters.enumValue("abc", RequestParameters.requireBody(request)
                .abc(), org.fieldstock.domain.item.AbcClass.class)));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an item; tracking cannot change once it is on documents or in stock, nor the unit"
            + " while in stock; planning office")
    public ItemJson change(@PathParam("code") String code, ItemBody request) {
        ItemBody r = request == null ? ItemBody.EMPTY : request;
        return ItemJson.of(items.change(code, r.details(), r.version()));
    }
}
