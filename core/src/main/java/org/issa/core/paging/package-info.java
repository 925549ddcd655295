/** Cursor paging: stable pages over ordered keys, with opaque cursors. */
package org.issa.core.paging;
