package org.issa.cyber.referral;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code lists of the DSA Transparency Database's statements of reasons, kept as data
 * ({@code dsa-vocabulary.json}) with their exact codes and English labels.
 */
public final class DsaVocabulary {

    /** One code of a list, with its label. */
    public record Code(String code, String label) {
    }

    public static final String CATEGORY = "category";
    public static final String CONTENT_TYPE = "content_type";
    public static final String VISIBILITY = "decision_visibility";
    public static final String MONETARY = "decision_monetary";
    public static final String PROVISION = "decision_provision";
    public static final String ACCOUNT = "decision_account";
    /** The lists whose codes describe a provider's decision. */
    public static final List<String> DECISION_LISTS = List.of(VISIBILITY, MONETARY, PROVISION, ACCOUNT);

    private static final DsaVocabulary BUILT_IN = load();

    private final Map<String, Map<String, Code>> lists;

    private DsaVocabulary(Map<String, Map<String, Code>> lists) {
        this.lists = lists;
    }

    public static DsaVocabulary builtIn() {
        return BUILT_IN;
    }

    private static DsaVocabulary load() {
        try (InputStream in = DsaVocabulary.class.getResourceAsStream("dsa-vocabulary.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Map<String, Code>> lists = new LinkedHashMap<>();
            for (String name : root.propertyNames()) {
                JsonNode list = root.get(name);
                if (!list.isArray()) {
                    continue;
                }
                Map<String, Code> codes = new LinkedHashMap<>();
                list.forEach(c -> codes.put(c.path("code").asString(), new Code(c.path("code").asString(), c.path("label").asString())));
                lists.put(name, codes);
            }
            return new DsaVocabulary(lists);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the DSA vocabulary", e);
        }
    }

    public List<Code> list(String name) {
        return List.copyOf(lists.getOrDefault(name, Map.of()).values());
    }

    public Optional<Code> find(String list, String code) {
        return Optional.ofNullable(lists.getOrDefault(list, Map.of()).get(code));
    }

    /** The label of a code of any list, or the code itself when unknown. */
    public String label(String code) {
        return lists.values().stream().map(m -> m.get(code)).filter(java.util.Objects::nonNull).map(Code::label).findFirst().orElse(code);
    }

    /** A code of the named list, or a 400 naming {@code field}. */
    public String require(String field, String list, String code) {
        if (code == null || find(list, code.strip()).isEmpty()) {
            throw new InvalidInputException(field, field + " must be one of the DSA codes " + lists.getOrDefault(list, Map.of()).keySet());
        }
        return code.strip();
    }

    /** Which decision list a code belongs to, if any. */
    public Optional<String> decisionListOf(String code) {
        return DECISION_LISTS.stream().filter(l -> find(l, code).isPresent()).findFirst();
    }

    /** Every decision code, list by list. */
    public List<Code> decisionCodes() {
        List<Code> out = new ArrayList<>();
        DECISION_LISTS.forEach(l -> out.addAll(list(l)));
        return out;
    }
}
