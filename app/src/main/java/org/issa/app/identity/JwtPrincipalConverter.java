package org.issa.app.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Maps an identity provider's token to an ISSA principal: {@code preferred_username} (or
 * {@code sub}), {@code issa_roles}, {@code issa_agency}, {@code issa_member_state} and
 * {@code issa_clearance}. A token without agency or member state is refused, not defaulted:
 * markings cannot be enforced for a reader of unknown affiliation.
 */
public final class JwtPrincipalConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        List<String> claimed = jwt.hasClaim("issa_roles") ? jwt.getClaimAsStringList("issa_roles") : List.of();
        for (String r : claimed) {
            try {
                roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ignored) {
                // roles of other applications in the same realm are not ours to interpret
            }
        }
        Principal principal;
        try {
            String clearance = jwt.getClaimAsString("issa_clearance");
            principal = new Principal(username, jwt.getClaimAsString("issa_agency"), jwt.getClaimAsString("issa_member_state"),
                    roles, clearance == null ? Classification.UNCLASSIFIED : Classification.parse(clearance));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("the token's ISSA claims are incomplete or invalid: " + e.getMessage());
        }
        IssaUser user = new IssaUser(principal, username, "", true, false);
        return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
    }
}
