/** String similarities and text helpers shared by the name comparison and the linking mode. */
package org.issa.matching.text;
