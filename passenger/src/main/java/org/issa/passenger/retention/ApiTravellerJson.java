package org.issa.passenger.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.issa.passenger.store.BookingJson;
import tools.jackson.databind.node.ObjectNode;

/** The personal columns of an API traveller as the vault keeps them, and back. */
public final class ApiTravellerJson {

    private ApiTravellerJson() {
    }

    static String of(ResultSet rs) throws SQLException {
        ObjectNode n = BookingJson.mapper().createObjectNode();
        n.put("surname", rs.getString("surname"));
        n.put("givenNames", rs.getString("given_names"));
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        n.put("birthDate", birth == null ? "" : birth.toString());
        n.put("gender", rs.getString("gender"));
        n.put("nationality", rs.getString("nationality"));
        n.put("docType", rs.getString("doc_type"));
        n.put("docNumber", rs.getString("doc_number"));
        LocalDate expiry = rs.getObject("doc_expiry", LocalDate.class);
        n.put("docExpiry", expiry == null ? "" : expiry.toString());
        n.put("locator", rs.getString("locator"));
        return n.toString();
    }
}
