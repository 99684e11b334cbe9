package org.fieldstock.domain.request;

import static org.fieldstock.domain.DomainFixtures.GEARBOX;
import static org.fieldstock.domain.DomainFixtures.GZBD;
import static org.fieldstock.domain.DomainFixtures.NC;
import static org.fieldstock.domain.DomainFixtures.NW;
import static org.fieldstock.domain.DomainFixtures.PO;
import static org.fieldstock.domain.DomainFixtures.ZBET;
import static org.fieldstock.domain.DomainFixtures.caller;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.junit.jupiter.api.Test;

/** A request for a new item code: photos by content, the decision once, and who may ask and see. */
class ItemRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    private static ItemRequest request(List<byte[]> photos) {
        return ItemRequest.submit(ZBET, " 偏航刹车片 ", "φ120", "片", "急需", photos, "keeper", NOW);
    }

    private static List<String> keys(BusinessException e) {
        return e.getProblems().stream().map(Problem::getMessageKey).toList();
    }

    @Test
    void picturesAreRecognisedByTheirFirstBytesNotByAName() {
        assertEquals(Optional.of(PhotoType.PNG), PhotoType.detect(PNG));
        assertEquals(Optional.of(PhotoType.JPEG), PhotoType.detect(JPEG));
        assertEquals(Optional.empty(), PhotoType.detect("GIF89a....".getBytes()));
        assertEquals(Optional.empty(), PhotoType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
                "a signature alone is no picture");
        assertEquals(Optional.empty(), PhotoType.detect(null));
    }

    @Test
    void anOpenRequestKeepsItsPhotosInOrder() {
        ItemRequest request = request(List.of(PNG, JPEG));
        assertEquals(ItemRequestStatus.OPEN, request.getStatus());
        assertEquals("偏航刹车片", request.getName());
        assertEquals(2, request.getPhotos().size());
        assertEquals(PhotoType.JPEG, request.photo(2).orElseThrow().getType());
        assertArrayEquals(PNG, request.photo(1).orElseThrow().getContent());
        assertEquals(PNG.length, request.photo(1).orElseThrow().getSizeBytes());
    }

    @Test
    void oneToFivePicturesOfAtMostTwoMegabytes() {
        assertEquals(List.of("itemRequest.photos.count"),
                keys(assertThrows(BusinessException.class, () -> request(List.of()))));
        assertEquals(List.of("itemRequest.photos.count"),
                keys(assertThrows(BusinessException.class, () -> request(Collections.nCopies(6, PNG)))));
        byte[] large = Arrays.copyOf(PNG, ItemRequest.MAX_PHOTO_BYTES + 1);
        BusinessException e = assertThrows(BusinessException.class,
                () -> request(List.of(PNG, "not a picture".getBytes(), large)));
        assertEquals(List.of("itemRequest.photo.notAPicture", "itemRequest.photo.tooLarge"), keys(e));
        assertEquals(2, e.getProblems().get(0).getArguments()[0], "the photo is named by its place");
        request(List.of(PNG, PNG, PNG, PNG, Arrays.copyOf(JPEG, ItemRequest.MAX_PHOTO_BYTES)));
    }

    @Test
    void nameAndUnitAreRequiredAndThePlanningOfficeCannotRequest() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> ItemRequest.submit(PO, " ", null, null, null, List.of(PNG), "planner", NOW));
        assertEquals(List.of("itemRequest.orgUnit.notSiteOrBu", "masterData.required", "masterData.required"), keys(e));
    }

    @Test
    void aRequestIsDecidedOnceByCreatingTheItemOrByRejectingWithAReason() {
        ItemRequest created = request(List.of(PNG));
        created.itemCreated(GEARBOX, "planner", NOW);
        assertEquals(ItemRequestStatus.CREATED, created.getStatus());
        assertEquals(GEARBOX, created.getItem());
        BusinessException twice = assertThrows(BusinessException.class, () -> created.reject("no", "planner", NOW));
        assertEquals(BusinessException.Kind.CONFLICT, twice.getKind());

        ItemRequest rejected = request(List.of(PNG));
        assertEquals(List.of("masterData.required"),
                keys(assertThrows(BusinessException.class, () -> rejected.reject("  ", "planner", NOW))));
        assertEquals(ItemRequestStatus.OPEN, rejected.getStatus());
        rejected.reject("已有编码 SP-YAW-0003", "planner", NOW);
        assertEquals(ItemRequestStatus.REJECTED, rejected.getStatus());
        assertEquals("已有编码 SP-YAW-0003", rejected.getRejectionReason());
        assertNull(rejected.getItem());
        assertThrows(BusinessException.class, () -> rejected.itemCreated(GEARBOX, "planner", NOW));
    }

    @Test
    void keepersAskForTheirSiteBuStaffForTheirBuAndItsSitesThePlanningOfficeSeesAll() {
        Caller keeper = caller(ZBET, Role.KEEPER);
        Caller accountant = caller(NC, Role.ACCOUNTANT);
        Caller manager = caller(NC, Role.BU_MANAGER);
        Caller planner = caller(PO, Role.PLANNER);
        Caller viewer = caller(NC, Role.VIEWER);

        assertTrue(keeper.mayRequestItemsFor(ZBET));
        assertFalse(keeper.mayRequestItemsFor(NC));
        assertFalse(keeper.mayRequestItemsFor(GZBD));
        assertTrue(accountant.mayRequestItemsFor(ZBET));
        assertTrue(accountant.mayRequestItemsFor(NC));
        assertFalse(accountant.mayRequestItemsFor(NW));
        assertFalse(accountant.mayRequestItemsFor(GZBD));
        assertTrue(manager.mayRequestItemsFor(ZBET));
        assertFalse(planner.mayRequestItemsFor(ZBET));
        assertFalse(viewer.mayRequestItemsFor(ZBET));

        assertTrue(planner.maySeeItemRequestsOf(GZBD));
        assertFalse(keeper.maySeeItemRequestsOf(GZBD));
        assertFalse(manager.maySeeItemRequestsOf(GZBD));
        assertNull(planner.itemRequestScope());
        assertEquals(NC, accountant.itemRequestScope());
    }
}
