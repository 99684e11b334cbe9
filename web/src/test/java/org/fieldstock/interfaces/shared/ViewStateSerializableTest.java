package org.fieldstock.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.junit.jupiter.api.Test;

/**
 * Every view-scoped and session-scoped bean of the screens can be passivated and replicated to
 * another server: it is {@link Serializable} and everything it keeps is too. Its state holds no JPA
 * entity (nor anything of the domain that holds one), down through the records, rows and
 * collections it keeps: screens keep codes, versions and view records. Injected services are
 * proxies the container serializes itself, so fields marked {@code @Inject} or {@code @EJB} are left out.
 */
class ViewStateSerializableTest {

    /** The scopes whose beans live longer than a request and so travel with the session. */
    private static final Set<String> LONG_LIVED_SCOPES = Set.of("org.omnifaces.cdi.ViewScoped",
            "jakarta.faces.view.ViewScoped", "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
            "jakarta.faces.flow.FlowScoped");

    private static final Set<String> INJECTED = Set.of("jakarta.inject.Inject", "jakarta.ejb.EJB");

    private static final Set<String> PERSISTENT = Set.of("jakarta.persistence.Entity",
            "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass");

    private static final String PROJECT = "org.fieldstock.";

    @Test
    void everyViewAndSessionBeanKeepsOnlySerializableStateWithoutEntities() throws Exception {
        List<Class<?>> beans = longLivedBeans();
        // 26 at the time of writing, the screens' and the language choice: a scan that found few looked elsewhere
        assertTrue(beans.size() >= 25, () -> "too few view and session beans found: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            Set<Class<?>> seen = new HashSet<>();
            for (Field field : stateOf(bean)) {
                if (!isInjected(field)) {
                    check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), seen, problems);
                }
            }
        }
        assertEquals(List.of(), problems, "view state that cannot be passivated or replicated");
    }

    /**
     * Mojarra's own view scope keeps a record of every view that had a view-scoped bean in the
     * session until the session ends, one per page opened (it destroys the beans, not the records):
     * a keeper signed in all day would carry thousands. OmniFaces' view scope keeps a bounded number
     * of views and destroys the oldest, and the bean of a page the browser leaves.
     */
    @Test
    void screensUseTheViewScopeThatForgetsOldViews() throws Exception {
        List<String> facesViewScoped = longLivedBeans().stream()
                .filter(bean -> Stream.of(bean.getDeclaredAnnotations())
                        .anyMatch(a -> named(a, Set.of("jakarta.faces.view.ViewScoped"))))
                .map(Class::getName).toList();
        assertEquals(List.of(), facesViewScoped, "beans in Faces' view scope rather than OmniFaces'");
    }

    @Test
    void aBeanAsCreatedSurvivesSerialization() throws Exception {
        for (Class<?> bean : longLivedBeans()) {
            Object instance = bean.getDeclaredConstructor().newInstance();
            assertDoesNotThrow(() -> roundTrip(instance), bean.getName());
        }
    }

    @Test
    void theScreensRecordsOfMasterDataSurviveSerialization() throws Exception {
        OrgUnit office = new OrgUnit("PO", OrgUnitKind.PLANNING_OFFICE, "计划处", "Planning Office", null, null);
        OrgUnit bu = new OrgUnit("NC", OrgUnitKind.BU, "华北业务部", "North China BU", office, null);
        OrgUnit site = new OrgUnit("ZBET", OrgUnitKind.SITE, "张北二台风电场", "Zhangbei II", bu, "河北");
        Item item = Item.create("GBX-0001", ItemDetails.cleaned("齿轮箱油滤", "Gearbox oil filter", "10 µm", "个",
                "pcs", ItemCategory.SPARE, RepairClass.I, new BigDecimal("120.50"), 24, "GW121", false));
        List<Object> records = List.of(OrgUnitRef.of(site), StoreRef.of(Store.of(site, StoreKind.GOOD)),
                ItemRef.of(item));
        for (Object record : records) {
            assertEquals(record, roundTrip(record));
        }
        assertEquals(LocalDate.of(2026, 11, 15), roundTrip(LocalDate.of(2026, 11, 15)));
    }

    @Test
    void theWalkFindsEntitiesInRecordsAndCollectionsAndWhatIsNotSerializable() {
        List<String> problems = new ArrayList<>();
        for (Field field : stateOf(Sample.class)) {
            check(field.getGenericType(), "Sample." + field.getName(), new HashSet<>(), problems);
        }
        assertEquals(List.of(
                "Sample.items<0> is a JPA entity (org.fieldstock.domain.item.Item)",
                "Sample.row.unit is a JPA entity (org.fieldstock.domain.organisation.OrgUnit)",
                "Sample.byCode<1>[] is a JPA entity (org.fieldstock.domain.item.Item)",
                "Sample.anything is not Serializable (java.lang.Object)",
                "Sample.raw is a collection of what it does not say (java.util.List)"), problems);
    }

    /** What the walk must find: entities behind collections, records and arrays, and state of no known type. */
    @SuppressWarnings({"unused", "rawtypes"})
    private static class Sample implements Serializable {
        private List<Item> items;
        private SampleRow row;
        private Map<String, Item[]> byCode;
        private Object anything;
        private List raw;
        private transient Item leftOut;
        private static Item shared;
        private List<String> codes;
        private Set<LocalDate> days;
    }

    private record SampleRow(String code, OrgUnit unit, BigDecimal quantity) implements Serializable {
    }

    /** The classes of the screens that are view- or session-scoped, read from the compiled classes. */
    private static List<Class<?>> longLivedBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(LocaleSelection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path interfaces = classes.resolve("org/fieldstock/interfaces");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(interfaces)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                Class<?> type;
                try {
                    type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            ViewStateSerializableTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
                if (Stream.of(type.getDeclaredAnnotations()).anyMatch(a -> named(a, LONG_LIVED_SCOPES))) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    /**
     * The instance fields an object of this class carries, its superclasses' too as far as they are
     * the project's (a library's base class, such as a lazy data model, answers for its own state).
     */
    private static List<Field> stateOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith(PROJECT); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static boolean isInjected(Field field) {
        return Stream.of(field.getDeclaredAnnotations()).anyMatch(a -> named(a, INJECTED));
    }

    private static boolean named(Annotation annotation, Set<String> names) {
        return names.contains(annotation.annotationType().getName());
    }

    /** Adds what is wrong with keeping a value of this declared type, and, for the project's types, of what they hold. */
    private static void check(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        switch (type) {
            case Class<?> c when c.isPrimitive() -> {
            }
            case Class<?> c when c.isArray() -> check(c.getComponentType(), path + "[]", seen, problems);
            case Class<?> c when isCollection(c) -> problems.add(path + " is a collection of what it does not say ("
                    + c.getName() + ")");
            case Class<?> c -> checkClass(c, path, seen, problems);
            case ParameterizedType p -> {
                Class<?> raw = (Class<?>) p.getRawType();
                if (!isCollection(raw) || !raw.isInterface()) {
                    checkClass(raw, path, seen, problems);
                }
                Type[] arguments = p.getActualTypeArguments();
                for (int i = 0; i < arguments.length; i++) {
                    check(arguments[i], path + "<" + i + ">", seen, problems);
                }
            }
            case GenericArrayType a -> check(a.getGenericComponentType(), path + "[]", seen, problems);
            case WildcardType w -> {
                for (Type bound : w.getUpperBounds()) {
                    check(bound, path, seen, problems);
                }
            }
            case TypeVariable<?> v -> {
                for (Type bound : v.getBounds()) {
                    check(bound, path, seen, problems);
                }
            }
            default -> problems.add(path + " is of a type the walk does not know (" + type + ")");
        }
    }

    private static void checkClass(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (isPersistent(type)) {
            problems.add(path + " is a JPA entity (" + type.getName() + ")");
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + " is not Serializable (" + type.getName() + ")");
            return;
        }
        // the project's own classes and records are walked for what they hold; an enum is written by its name
        if (type.getName().startsWith(PROJECT) && !type.isEnum() && seen.add(type)) {
            for (Field field : stateOf(type)) {
                check(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static boolean isCollection(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    private static boolean isPersistent(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Stream.of(c.getDeclaredAnnotations()).anyMatch(a -> named(a, PERSISTENT))) {
                return true;
            }
        }
        return false;
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
