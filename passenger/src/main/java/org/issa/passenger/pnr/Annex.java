package org.issa.passenger.pnr;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tags a record component with the Annex I item(s) it carries, read at run time by masking, export and the criteria
 * model. A component holding a nested record without a tag of its own takes its items from the nested record's tags.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface Annex {
    AnnexItem[] value();
}
