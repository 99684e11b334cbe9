package org.fieldstock.interfaces.shared.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a resource method accepts, in bytes, where that is more than the
 * {@link RequestBodyFilter#DEFAULT_LIMIT 1 MiB} every other call accepts: workbooks, photos.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxBodySize {

    long value();
}
