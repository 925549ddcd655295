package org.issa.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OIDC resource-server mode: tokens signed by the identity provider's key, claims mapped to the principal. */
class OidcTokenTest extends HttpTestBase {

    private static String jwt(KeyPair keys, String issuer, Instant expires, JWTClaimsSet.Builder claims) throws Exception {
        JWTClaimsSet set = claims.issuer(issuer).subject("f3a1c2").issueTime(new Date()).expirationTime(Date.from(expires)).build();
        SignedJWT t = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set);
        t.sign(new RSASSASigner(keys.getPrivate()));
        return t.serialize();
    }

    private static JWTClaimsSet.Builder inspector() {
        return new JWTClaimsSet.Builder().claim("preferred_username", "inspector.nl").claim("issa_roles", List.of("ANALYST", "offline_access"))
                .claim("issa_agency", "NL-KMAR").claim("issa_member_state", "NL").claim("issa_clearance", "RESTREINT UE");
    }

    @Test
    void claimsBecomeThePrincipal() throws Exception {
        String token = jwt(IDP_KEYS, ISSUER, Instant.now().plusSeconds(300), inspector());
        var me = get("/api/v1/me", token);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"inspector.nl\"", "\"agency\":\"NL-KMAR\"", "\"memberState\":\"NL\"",
                "\"clearance\":\"RESTREINT_UE\"", "ANALYST").doesNotContain("offline_access");
        var write = send("POST", "/api/v1/strategy/actions/O4.A1.1/updates", token, "{\"body\":\"Joint patrol report filed\"}");
        assertThat(write.statusCode()).isEqualTo(201);
        assertThat(write.body()).contains("\"originator\":\"NL-KMAR\"");
        assertThat(get("/api/v1/admin/users", token).statusCode()).isEqualTo(403);
    }

    @Test
    void foreignExpiredOrIncompleteTokensAreRefused() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair other = g.generateKeyPair();
        assertThat(get("/api/v1/me", jwt(other, ISSUER, Instant.now().plusSeconds(300), inspector())).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", jwt(IDP_KEYS, "https://evil.test", Instant.now().plusSeconds(300), inspector())).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/me", jwt(IDP_KEYS, ISSUER, Instant.now().minusSeconds(600), inspector())).statusCode()).isEqualTo(401);
        var noAgency = inspector().claim("issa_agency", null);
        var r = get("/api/v1/me", jwt(IDP_KEYS, ISSUER, Instant.now().plusSeconds(300), noAgency));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", "not.a.jwt").statusCode()).isEqualTo(401);
    }
}
