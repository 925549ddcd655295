package org.issa.cyber.report.observable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.issa.cyber.report.observable.ObservableExtractor.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservableExtractorTest {

    private static Map<Field, String> none() {
        return new EnumMap<>(Field.class);
    }

    @Test
    void findsEveryKindInFreeTextAndNormalisesIt() {
        String text = """
                I got an e-mail from Support@Bank-Secure.EXAMPLE.com asking me to log in at hxxps://Login.Bank-Secure[.]com:443/verify?id=7#top.
                Afterwards they called me from +33 6 12 34 56 78 and asked me to pay to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4
                or 0x52908400098527886E0F7030069857D2E4169EE7 or 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa. The server was 192.168.001.10
                and 2001:DB8:0:0:0:0:0:1, the site fake-shop.de.""";
        var found = ObservableExtractor.extract(text, none(), "FR").observables();
        assertThat(found).extracting(o -> o.kind() + " " + o.value()).contains(
                "EMAIL support@bank-secure.example.com",
                "URL https://login.bank-secure.com/verify?id=7",
                "DOMAIN login.bank-secure.com",
                "PHONE +33612345678",
                "BTC_WALLET bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "ETH_WALLET 0x52908400098527886e0f7030069857d2e4169ee7",
                "BTC_WALLET 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                "IPV4 192.168.1.10",
                "IPV6 2001:db8::1",
                "DOMAIN fake-shop.de");
        assertThat(found).filteredOn(o -> o.value().equals("login.bank-secure.com")).singleElement()
                .satisfies(o -> assertThat(o.origin()).isEqualTo(Observable.Origin.DERIVED));
        // the domain of the e-mail address is not taken as a domain of its own: providers would correlate everyone
        assertThat(found).noneMatch(o -> o.kind() == ObservableKind.DOMAIN && o.value().equals("bank-secure.example.com"));
    }

    @Test
    void leavesOrdinaryProseAlone() {
        String text = "On 14.03.2024 at 10:30, i.e. after lunch, Mr.Smith opened invoice.pdf (version 1.2.3) and paid 0,5 BTC. "
                + "Meeting on 01/02/2024 10:30.";
        assertThat(ObservableExtractor.extract(text, none(), "DE").observables()).isEmpty();
    }

    @Test
    void dedicatedFieldsAcceptAnyValidEntryAndReportTheOthers() {
        Map<Field, String> fields = none();
        fields.put(Field.URLS, "http://evil.example/pay\nnot-a-url");
        fields.put(Field.DOMAINS, "Evil.Example., bücher.example");
        fields.put(Field.IPS, "10.0.0.300\n::ffff:192.0.2.1");
        fields.put(Field.WALLETS, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb");
        fields.put(Field.PHONES, "06 12 34 56 78");
        fields.put(Field.EMAILS, "Mailto:Crook@Example.ORG");
        var x = ObservableExtractor.extract("", fields, "FR");
        assertThat(x.observables()).extracting(o -> o.kind() + " " + o.value()).containsExactlyInAnyOrder(
                "URL http://evil.example/pay", "DOMAIN evil.example", "DOMAIN xn--bcher-kva.example", "IPV6 ::ffff:c000:201",
                "PHONE +33612345678", "EMAIL crook@example.org");
        assertThat(x.rejected()).extracting(r -> r.field() + " " + r.entry()).containsExactlyInAnyOrder(
                "URLS not-a-url", "IPS 10.0.0.300", "WALLETS 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb");
    }

    @ParameterizedTest
    @CsvSource({
            "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
            "::1, ::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:DB8::, 2001:db8::",
            "1:0:0:2:0:0:0:3, 1:0:0:2::3"})
    void ipv6FollowsRfc5952(String in, String out) {
        assertThat(NetworkNames.ipv6(in)).contains(out);
    }

    @ParameterizedTest
    @CsvSource({"1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "g::1", "12:30:45"})
    void ipv6RefusesMalformed(String in) {
        assertThat(NetworkNames.ipv6(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTP://Example.COM:80/A/b?x=1#frag | http://example.com/A/b?x=1",
            "https://example.com:8443 | https://example.com:8443/",
            "www.Example.com/path | http://www.example.com/path",
            "http://[2001:DB8::1]:8080/x | http://[2001:db8::1]:8080/x",
            "https://müller.example/ | https://xn--mller-kva.example/"})
    void urlsAreNormalised(String in, String out) {
        assertThat(NetworkNames.url(in)).hasValueSatisfying(u -> assertThat(u.normalised()).isEqualTo(out));
    }

    @ParameterizedTest
    @CsvSource({"javascript:alert(1)", "http://exa mple.com", "http://example.com:99999/", "file:///etc/passwd"})
    void urlsThatAreNotWebAddressesAreRefused(String in) {
        assertThat(NetworkNames.url(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"+49 (0)30 1234567, DE, +49301234567", "0049 30 1234567, DE, +49301234567", "030 1234567, DE, +49301234567",
            "06 12 34 56 78, IT, +390612345678", "0612345678, ES, 0612345678", "+44 20 7946 0958, '', +442079460958"})
    void phoneNumbersGoToE164WhereTheCountryAllows(String in, String country, String out) {
        assertThat(PhoneNumbers.normalise(in, country)).contains(out);
    }

    @ParameterizedTest
    @CsvSource({"12345", "+0123456789", "2024-03-15", "abc"})
    void nonNumbersAreNoPhoneNumbers(String in) {
        assertThat(PhoneNumbers.normalise(in, "FR")).isEmpty();
    }

    @Test
    void walletsAreCheckedByChecksum() {
        assertThat(Wallets.bitcoin("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).isPresent();
        assertThat(Wallets.bitcoin("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).isPresent();
        assertThat(Wallets.bitcoin("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).isEmpty();
        assertThat(Wallets.bitcoin("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")).contains("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        assertThat(Wallets.bitcoin("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")).isEmpty();
        assertThat(Wallets.bitcoin("bc1QW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).isEmpty();
        // BIP 350 (Bech32m) test vector for a witness version 1 (Taproot) address
        assertThat(Wallets.bitcoin("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")).isPresent();
        assertThat(Wallets.ethereum("0x52908400098527886E0F7030069857D2E4169EE7")).contains("0x52908400098527886e0f7030069857d2e4169ee7");
        assertThat(Wallets.ethereum("0x5290840009852788")).isEmpty();
    }

    @Test
    void observablesAreBoundedPerReport() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("10.0.").append(i / 200).append('.').append(i % 200).append(' ');
        }
        assertThat(ObservableExtractor.extract(text.toString(), none(), "").observables()).hasSize(ObservableExtractor.MAX_OBSERVABLES);
    }
}
