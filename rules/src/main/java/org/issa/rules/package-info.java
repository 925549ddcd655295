/** Risk criteria: compile, validate, evaluate and explain CEL expressions over a declared model (engine). */
package org.issa.rules;
