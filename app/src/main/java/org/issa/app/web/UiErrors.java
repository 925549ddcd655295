package org.issa.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on the web pages: a page that says what went wrong, with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class UiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrors.class);

    /** What the error page shows. */
    public record ErrorView(int status, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, NotFoundException e) {
        return error(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(HttpServletRequest request, ForbiddenException e) {
        return error(request, HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({org.issa.core.error.InvalidInputException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView invalid(HttpServletRequest request, RuntimeException e) {
        return error(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(org.issa.core.error.ConflictException.class)
    ModelAndView conflict(HttpServletRequest request, RuntimeException e) {
        return error(request, HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, RuntimeException e) {
        return error(request, HttpStatus.CONTENT_TOO_LARGE, "The file is larger than this node accepts for list imports.");
    }

    @ExceptionHandler(org.issa.core.sql.DataAccessException.class)
    ModelAndView storage(HttpServletRequest request, RuntimeException e) {
        LOG.error("database error on {}", request.getRequestURI(), e);
        return error(request, HttpStatus.INTERNAL_SERVER_ERROR, "The database could not complete the request; it has been logged.");
    }

    static ModelAndView error(HttpServletRequest request, HttpStatus status, String message) {
        ModelAndView mv = Pages.view("error", Pages.page(request, status.getReasonPhrase(), ""),
                new ErrorView(status.value(), message));
        mv.setStatus(status);
        return mv;
    }
}
