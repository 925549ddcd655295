package org.issa.rules;

import dev.cel.runtime.Program;
import java.util.Set;

/**
 * One elementary condition of a rule (an atom of its and/or/not structure, possibly negated), with
 * its own compiled program so that an explanation can say which conditions were true.
 *
 * @param text     the condition as CEL source, e.g. {@code booking.payment_form == "CA"}
 * @param fields   the model fields it reads
 * @param narrowing whether it selects a minority (see {@link Specificity})
 */
record Condition(String text, Set<String> fields, boolean narrowing, boolean negated, Program program) {
}
