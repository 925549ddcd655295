/** Web plumbing: template views, the page frame, problem+json errors, request limits. */
package org.issa.app.web;
