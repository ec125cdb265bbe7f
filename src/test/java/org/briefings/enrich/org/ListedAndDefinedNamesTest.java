package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.junit.jupiter.api.Test;

/**
 * The organisation classes of the twelfth round (docs/entities.md) that rest on what a text writes
 * right beside a name: a stock ticker after a company, and an acronym the text defines, read
 * wherever it recurs. Made-up names, so no list knows them; each test fails without its rule and
 * checks the guard that keeps the rule from taking what is no body.
 */
class ListedAndDefinedNamesTest {

    private static final OrganisationTagger TAGGER = new OrganisationTagger();

    @Test
    void aTickerAfterAnUnlistedNameMakesItACompany() {
        expect(
                "Brenmark (BRMK.N) said on Monday it would buy Tallon Kogyo (7203.T) and a stake in Quorvex"
                        + " Lane (NYSE: QVL). Shares of Dorval Pipe & Tube (Nasdaq:DPT) fell, and Sarvani <SRVN>"
                        + " rose.",
                List.of("Brenmark", "Tallon Kogyo", "Quorvex Lane", "Dorval Pipe & Tube", "Sarvani"),
                List.of("Shares", "Shares of Dorval Pipe & Tube"));
    }

    @Test
    void anAcronymOrAStateInRoundBracketsIsNoTicker() {
        // a bare acronym in round brackets needs an exchange to be a ticker; a senator's party and
        // state are no ticker either
        expect(
                "Senator Kelvo Darsin (D-N.Y.) and Marlow (BRK) spoke in Lorvania (LV) after Ostrel (R.I.) did.",
                List.of(),
                List.of("Kelvo Darsin", "Marlow", "Lorvania", "Ostrel"));
        // the legal suffix of a known name before its ticker is no company of its own
        expect("BHP acquired Utah from General Electric Co <GE> in 1984.", List.of("General Electric"), List.of("Co"));
    }

    @Test
    void anAcronymDefinedInTheBodyNamesTheOrganisationInTheTitleAndBeforeTheDefinition() {
        List<EntityMention> orgs = TAGGER.tag(
                "KFL claims the attack",
                "The KFL said it fired first. The Kestrel Freedom League (KFL) has fought since 1984, and"
                        + " KFL-led units hold the pass.");
        assertEquals(1, orgs.size(), orgs.toString());
        EntityMention kfl = orgs.get(0);
        assertEquals("Kestrel Freedom League", kfl.name());
        assertEquals(5, kfl.count(), kfl.toString());
        assertTrue(kfl.spans().stream().anyMatch(s -> s.field().equals(Span.TITLE)), kfl.toString());
    }

    @Test
    void aKnownAcronymTheTextDefinesAsAnotherNameIsThatName() {
        expect(
                "The Congress for Democratic Change (CDC) won seats in Lorvania. Later the CDC said it would"
                        + " boycott the vote.",
                List.of("Congress for Democratic Change"),
                List.of("Centers for Disease Control and Prevention"));
        // where the text defines nothing the acronym is the body the gazetteer knows
        expect("The CDC said cases rose.", List.of("Centers for Disease Control and Prevention"), List.of());
    }

    @Test
    void anAcronymTheTextNeverDefinesStaysUntagged() {
        // and a compound with a word that is no participle describes no body
        expect("The KFL said it fired first; a KFL-style march followed.", List.of(), List.of("KFL"));
    }
}
