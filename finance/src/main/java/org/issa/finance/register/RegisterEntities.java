package org.issa.finance.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.core.entity.Entity;
import org.issa.core.entity.EntityPort;
import org.issa.core.entity.Provenance;
import org.issa.core.marking.Marking;

/**
 * Hands the register's accounts, their holders, beneficial owners and proxies to the entity store through the core
 * {@link EntityPort}, in the FollowTheMoney shape: {@code BankAccount} (or {@code Asset} for a safe-deposit box),
 * {@code Person} or {@code Company}, {@code Ownership} (holder → account, beneficial owner → holding company or account,
 * lessee → box) and {@code Representation} (proxy → holder). Each bank publishes under its own dataset
 * ({@code bank-register-<bic>}), so that replacing its submission withdraws only what it no longer reports.
 * Without a port it does nothing.
 */
public final class RegisterEntities {

    private final Optional<EntityPort> port;

    public RegisterEntities(Optional<EntityPort> port) {
        this.port = port;
    }

    public static RegisterEntities none() {
        return new RegisterEntities(Optional.empty());
    }

    public boolean active() {
        return port.isPresent();
    }

    public static String dataset(String bic) {
        return "bank-register-" + bic.toLowerCase(Locale.ROOT);
    }

    public void publish(List<Entity> entities) {
        if (port.isPresent() && !entities.isEmpty()) {
            port.get().publish(entities);
        }
    }

    public void withdraw(String bic, Collection<String> ids) {
        if (port.isPresent() && !ids.isEmpty()) {
            port.get().withdraw(dataset(bic), ids);
        }
    }

    /** The entities of one account, keyed by id (a person holding two roles appears once). */
    public static Map<String, Entity> of(RegisterAccount a, String bankName, Marking marking, String source, Instant at) {
        Provenance prov = new Provenance(dataset(a.bic().value()), source, at);
        Map<String, Entity> out = new LinkedHashMap<>();
        String accountId = accountId(a.identifier());
        boolean box = a.kind() == AccountKind.SAFE_DEPOSIT_BOX;
        Map<String, List<String>> props = new LinkedHashMap<>();
        if (box) {
            props.put("name", List.of("Safe-deposit box " + a.identifier() + " at " + a.bic().value()));
            props.put("description", List.of("safe-deposit box, lease " + a.opened().map(Object::toString).orElse("?") + " to "
                    + a.closed().map(Object::toString).orElse("open")));
        } else {
            props.put(a.kind().needsIban() || org.issa.finance.account.Iban.isValid(a.identifier()) ? "iban" : "accountNumber",
                    List.of(a.identifier()));
            props.put("bic", List.of(a.bic().value()));
            props.put("bankName", List.of(bankName));
            props.put("currency", List.of(a.currency()));
            props.put("accountType", List.of(a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            a.opened().ifPresent(d -> props.put("openingDate", List.of(d.toString())));
            a.closed().ifPresent(d -> props.put("closingDate", List.of(d.toString())));
        }
        out.put(accountId, new Entity(accountId, box ? "Asset" : "BankAccount", props, marking, prov));
        List<String> companyHolders = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        for (Party p : a.parties()) {
            String pid = partyId(p);
            out.putIfAbsent(pid, party(p, pid, marking, prov));
            if (p.role() == PartyRole.HOLDER || p.role() == PartyRole.LESSEE) {
                holders.add(pid);
                if (p.company()) {
                    companyHolders.add(pid);
                }
            }
        }
        for (Party p : a.parties()) {
            String pid = partyId(p);
            switch (p.role()) {
                case HOLDER, LESSEE -> link(out, "Ownership", "owner", pid, "asset", accountId, p.role().label(), marking, prov);
                case BENEFICIAL_OWNER -> {
                    for (String target : companyHolders.isEmpty() ? List.of(accountId) : companyHolders) {
                        link(out, "Ownership", "owner", pid, "asset", target, "beneficial owner", marking, prov);
                    }
                }
                case PROXY -> {
                    for (String client : holders) {
                        link(out, "Representation", "agent", pid, "client", client, "acting on behalf, account " + a.identifier(),
                                marking, prov);
                    }
                }
            }
        }
        return out;
    }

    private static Entity party(Party p, String id, Marking marking, Provenance prov) {
        Map<String, List<String>> props = new LinkedHashMap<>();
        props.put("name", List.of(p.name()));
        if (p.company()) {
            props.put("registrationNumber", List.of(p.nationalId()));
            props.put("jurisdiction", List.of(p.nationality().toLowerCase(Locale.ROOT)));
        } else {
            props.put("idNumber", List.of(p.nationalId()));
            props.put("nationality", List.of(p.nationality().toLowerCase(Locale.ROOT)));
            p.birthDate().ifPresent(d -> props.put("birthDate", List.of(d.toString())));
        }
        return new Entity(id, p.company() ? "Company" : "Person", props, marking, prov);
    }

    private static void link(Map<String, Entity> out, String schema, String fromProp, String from, String toProp, String to, String role,
                             Marking marking, Provenance prov) {
        String id = "bar-link:" + hash(schema + "|" + from + "|" + to + "|" + role);
        Map<String, List<String>> props = new LinkedHashMap<>();
        props.put(fromProp, List.of(from));
        props.put(toProp, List.of(to));
        props.put("role", List.of(role));
        out.put(id, new Entity(id, schema, props, marking, prov));
    }

    public static String accountId(String identifier) {
        String safe = identifier.replaceAll("[^A-Za-z0-9._:-]", "-");
        return "bar-account:" + (safe.length() > 150 ? hash(identifier) : safe);
    }

    /** A party's id: the same person (type, name key, birth date, identification) gets the same id in every submission of the bank. */
    public static String partyId(Party p) {
        return "bar-party:" + hash((p.company() ? "C" : "P") + "|" + p.nameKey() + "|" + p.birthDate().map(Object::toString).orElse("")
                + "|" + p.nationalId() + "|" + p.nationality());
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
