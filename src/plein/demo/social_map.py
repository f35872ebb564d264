"""The demo's social map (sociale kaart): organisations, services, stories and the two portals.

Written for this project in the spirit of the Heerhugowaard and Langedijk provisions the policy papers
describe (Het Sociaalplein, MET-teams, Halte Werk, vrijwilligers, the Wmo and the Jeugdwet); all names
of the new organisations, addresses, phone numbers and stories are invented. Phone numbers use
subscriber numbers starting with 0, which are never issued; e-mail and websites use ``.example``.

Services are grouped per life domain (by their first domain). About a quarter serve one wijk only: a
buurtkamer, an eetpunt or a spreekuur in each district, each with its own text.
"""

from dataclasses import dataclass

from plein.demo import reference as ref
from plein.demo.reference import OrganisationRef, Place
from plein.directory.models import Service
from plein.people.models import Organisation

GENERAL = Service.Level.GENERAL
NEARBY = Service.Level.NEARBY
CUSTOMISED = Service.Level.CUSTOMISED

NOORD, WEST, CENTRUM_OOST, ZUID = (district.code for district in ref.HEERHUGOWAARD.districts)

PARTNER = Organisation.Kind.PARTNER
PROVIDER = Organisation.Kind.PROVIDER
HHW = ("GM0398",)
LANGEDIJK = ("GM0416",)
BOTH = ("GM0398", "GM0416")


@dataclass(frozen=True)
class ServiceRef:
    organisation: str
    name: str  # unique within the municipality: stories and the demo cases find services by name
    level: int
    life_domains: tuple[str, ...]  # LifeDomain codes, the main one first
    description: str  # plain Dutch (B1), addressed with "u"
    keywords: str = ""  # words residents use that are not in the text
    target_group: str = ""
    min_age: int | None = None
    max_age: int | None = None
    districts: tuple[str, ...] = ()  # WK codes; empty: the whole municipality
    referral: bool = False  # a level 0 or 1 service that still needs a referral (GP, team)
    cost: str = "Gratis"
    how_to_apply: str = ""
    place: Place | None = None  # where the help is given; None: at the organisation or at home
    phone: str = ""  # empty: the organisation's
    email: str = ""
    website: str = ""
    languages: str = ""
    accessibility: str = ""  # empty: the place's
    active: bool = True

    @property
    def free_access(self) -> bool:
        # A customised provision always needs a decision (beschikking) of the municipality.
        return self.level != CUSTOMISED and not self.referral


@dataclass(frozen=True)
class StoryRef:
    municipality: str  # CBS code
    title: str
    slug: str
    summary: str
    body: str  # paragraphs separated by an empty line
    life_domains: tuple[str, ...]
    services: tuple[str, ...]  # service names in the story's municipality
    published_days_ago: int | None  # None: a draft


@dataclass(frozen=True)
class PortalRef:
    municipality: str  # CBS code
    hostname: str
    title: str
    intro: str
    colour_primary: str
    colour_primary_text: str
    colour_accent: str
    font: str
    contact_phone: str
    contact_email: str
    contact_address: str
    contact_hours: str


# -- texts several services share --------------------------------------------------------------

FREE_YOUTH = "Gratis: voor jeugdhulp betaalt u geen eigen bijdrage."
CAK = "Eigen bijdrage via het CAK: het vaste Wmo-abonnementstarief per maand."
NURSING_COST = "Vergoed door uw zorgverzekering, zonder eigen risico."
CAK_ONCE = "Soms een eigen bijdrage via het CAK; de Wmo-consulent vertelt u vooraf hoeveel."
APPLY_WMO = (
    "Neem contact op met Het Sociaalplein: bel 072 000 00 00 of kom langs in het Huis van Heerhugowaard. "
    "Een Wmo-consulent bespreekt met u wat u nodig heeft, meestal bij u thuis. Daarna beslist de gemeente "
    "en krijgt u een beschikking."
)
APPLY_WMO_LANGEDIJK = (
    "Neem contact op met het sociaal team Langedijk: bel 0226 000 10 00 of kom op het inloopspreekuur. "
    "Een consulent bespreekt met u wat u nodig heeft. Daarna krijgt u een beschikking van de gemeente."
)
APPLY_YOUTH = (
    "Bespreek het met de jeugd- en gezinscoach (072 000 20 00), uw huisarts of de jeugdarts. Zij kunnen u "
    "verwijzen. Daarna krijgt u een beschikking van de gemeente."
)
APPLY_INCOME = (
    "Vraag het aan bij Halte Werk: online, telefonisch of aan de balie. Neem uw identiteitsbewijs en de "
    "bankafschriften van de laatste drie maanden mee."
)
APPLY_TEAM = "Bel of loop binnen bij het MET-team in uw wijk. Op deze site vindt u met uw postcode welk team bij u hoort."
WALK_IN = "U kunt zonder afspraak binnenlopen."
CALL_OR_MAIL = "Bel of mail ons. Wij nemen binnen drie werkdagen contact met u op."
REFERRAL_GP = "U heeft een verwijzing nodig van uw huisarts of van het MET-team."

# -- venues in the wijken -----------------------------------------------------------------------

ACCESSIBLE = "Rolstoeltoegankelijk, invalidentoilet"
DE_LINDE = Place("Vermeerlaan 40", "1701VL", accessibility=ACCESSIBLE)  # Noord, Schilderwijk
DE_DRAAI = Place("Draaiplein 2", "1701DP", accessibility=ACCESSIBLE)  # Noord, De Draai
HET_ANKER = Place("Saturnusstraat 14", "1702SN", accessibility=ACCESSIBLE)  # West, Planetenwijk
DE_SCHRIJVER = Place("Vondellaan 3", "1702VD", accessibility="Rolstoeltoegankelijk")  # West
HET_MOLENHUIS = Place("Korenmolenweg 5", "1703KM", accessibility=ACCESSIBLE)  # Centrum-Oost
RIVIERENHUIS = Place("Rijnstraat 2", "1704RA", accessibility="Rolstoeltoegankelijk")  # Centrum-Oost
STADSHART = Place("Marktplein 20", "1703MP", accessibility=ACCESSIBLE)  # Centrum-Oost
DE_ZONNEWIJZER = Place("Zonnewijzerplein 1", "1705ZW", accessibility=ACCESSIBLE)  # Zuid
BUTTERHUIZEN = Place("Butterhof 8", "1706BH", accessibility="Rolstoeltoegankelijk")  # Zuid
HUYGENHUIS = Place("Lorentzstraat 30", "1706LH", accessibility=ACCESSIBLE)  # Zuid, Huygenhoek
BIBLIOTHEEK_CENTRUM = Place("Raadhuisplein 3", "1703AC", accessibility=ACCESSIBLE + ", ringleiding")
BIBLIOTHEEK_ZUID = Place("Lorentzstraat 32", "1706LJ", accessibility=ACCESSIBLE)
DORPSHUIS_BROEK = Place("Dorpsstraat 40", "1721BD", "Broek op Langedijk", ACCESSIBLE)
KERKBUURT_ZUID_SCHARWOUDE = Place("Kerkbuurt 12", "1722KB", "Zuid-Scharwoude", "Rolstoeltoegankelijk")
MOLENPAD_NOORD_SCHARWOUDE = Place("Molenpad 5", "1723MP", "Noord-Scharwoude", ACCESSIBLE)

# -- organisations ------------------------------------------------------------------------------

BIBLIOTHEEK = "Bibliotheek De Waard"
THUISADMINISTRATIE = "Stichting Thuisadministratie Noord-Holland"
MAATJESWERK = "Stichting Maatjeswerk De Waard"
LICHTPUNT = "Vereniging Het Lichtpunt"
DIACONIE = "Diaconaal Platform Heerhugowaard"
CARITAS = "Caritas Heerhugowaard"
DE_HERBERG = "Stichting Inloophuis De Herberg"
VOEDSELBANK = "Voedselbank De Waard"
KLEDINGBANK = "Kledingbank De Kapstok"
KRINGLOOP = "Kringloopwinkel De Tweede Ronde"
REPARATIECAFE = "Reparatiecafé De Sleutel"
RIJDENDE_BUREN = "Stichting Rijdende Buren"
DEELTAXI = "Deeltaxi De Waard"
UITLEENPUNT = "Uitleenpunt Hulpmiddelen De Waard"
HULPMIDDELENCENTRUM = "Hulpmiddelencentrum Noord-Holland"
SPORTSERVICE = "Sportservice De Waard"
OMNIVERENIGING = "Omnivereniging Sportief Heerhugowaard"
ZWEMBAD = "Zwembad Het Waterrijk"
WANDELVERENIGING = "Wandelvereniging De Stap"
SPEELTUIN_DRAAI = "Speeltuinvereniging De Draai"
SPEELTUIN_BOMENPARK = "Speeltuinvereniging Het Bomenpark"
SPEELTUIN_ZONNEKRACHT = "Speeltuinvereniging Zonnekracht"
SCOUTING = "Scouting De Waardlopers"
WOONSTICHTING = "Woonstichting De Waard"
ENERGIECOOPERATIE = "Energiecoöperatie De Waard"
CLIENTONDERSTEUNING = "Stichting Cliëntondersteuning Noord-Holland Noord"
SENIORENVERENIGING = "Seniorenvereniging De Waard"
NIEUWKOMERS = "Stichting Nieuwkomers Welkom"
VEILIG_THUIS = "Veilig Thuis regio De Waard"
SLACHTOFFERLOKET = "Slachtofferloket De Waard"
RECHTSWINKEL = "Rechtswinkel De Waard"
GGD = "GGD Regio De Waard"
GGZ = "GGZ Waardland"
VERSLAVINGSZORG = "Verslavingszorg De Kering"
MIDDENWAARD = "Zorggroep Middenwaard"
THUISHULP = "Thuishulp Noord-Holland"
OP_KOERS = "Begeleidingsdienst Op Koers"
WERKPLAATS = "Dagbesteding De Werkplaats"
ZORGBOERDERIJ = "Zorgboerderij De Groene Ruimte"
KOMPAS = "Jeugdhulp Het Kompas"
PLEEGZORG = "Stichting Pleegzorg Noord"
DAK_EN_BED = "Stichting Dak en Bed"
HANDEN_UIT_DE_MOUWEN = "Stichting Handen uit de Mouwen"
KANSRIJK = "Stichting Kansrijk Opgroeien"
TERMINALE_ZORG = "Stichting Vrijwillige Terminale Zorg De Waard"
WELZIJN_LANGEDIJK = "Stichting Welzijn Langedijk"
VRIJWILLIGERSPUNT_LANGEDIJK = "Vrijwilligerspunt Langedijk"

WEEKDAYS = "Maandag t/m vrijdag 9.00–17.00 uur"

ORGANISATIONS = (
    # Everyday life: library, volunteers, churches, food and goods.
    OrganisationRef(
        BIBLIOTHEEK,
        PARTNER,
        BOTH,
        "info@bibliotheekdewaard.example",
        "072 000 70 00",
        description="De bibliotheek is er voor iedereen: boeken lenen, leren, de computer gebruiken en hulp "
        "krijgen bij de digitale overheid. Met het Taalhuis voor wie beter wil lezen en schrijven.",
        place=BIBLIOTHEEK_CENTRUM,
        opening_hours="Maandag 13.00–20.00 uur, dinsdag t/m vrijdag 10.00–20.00 uur, zaterdag 10.00–16.00 uur",
        website="https://www.bibliotheekdewaard.example",
        kvk_number="00070001",
    ),
    OrganisationRef(
        THUISADMINISTRATIE,
        PARTNER,
        BOTH,
        "hulp@thuisadministratie-nh.example",
        "072 000 70 10",
        description="Getrainde vrijwilligers helpen u thuis met uw post, rekeningen en formulieren. Zo houdt u "
        "overzicht en voorkomt u geldzorgen.",
        place=Place("Kastanjelaan 17", "1702KL"),
        opening_hours="Telefonisch bereikbaar maandag t/m donderdag 9.00–12.00 uur",
        website="https://www.thuisadministratie-nh.example",
        kvk_number="00070002",
    ),
    OrganisationRef(
        MAATJESWERK,
        PARTNER,
        BOTH,
        "info@maatjeswerk.example",
        "072 000 70 20",
        description="Een maatje is een vrijwilliger die tijd met u doorbrengt: samen wandelen, koffie drinken "
        "of iets ondernemen. Voor wie zich eenzaam voelt of er even alleen voor staat.",
        place=Place("Robijnstraat 9", "1703RB"),
        opening_hours="Maandag t/m vrijdag 9.00–15.00 uur",
        website="https://www.maatjeswerk.example",
        kvk_number="00070003",
    ),
    OrganisationRef(
        LICHTPUNT,
        PARTNER,
        BOTH,
        "info@hetlichtpunt.example",
        "072 000 70 30",
        description="Vrijwilligers van Het Lichtpunt bezoeken mensen met een ziekte of beperking en "
        "organiseren uitstapjes en vakantieweken met zorg.",
        place=Place("Lariksstraat 21", "1702LR"),
        opening_hours="Dinsdag en donderdag 10.00–12.00 uur",
        website="https://www.hetlichtpunt.example",
        kvk_number="00070004",
    ),
    OrganisationRef(
        DIACONIE,
        PARTNER,
        HHW,
        "diaconie@kerkenheerhugowaard.example",
        "072 000 70 40",
        description="De diaconieën van de protestantse kerken in Heerhugowaard werken samen: zij bieden "
        "noodhulp, een kerstdiner en een luisterend oor, voor iedereen, gelovig of niet.",
        place=Place("Kerkplein 3", "1701KP", accessibility="Rolstoeltoegankelijk"),
        opening_hours="Op afspraak",
        website="https://www.kerkenheerhugowaard.example",
        kvk_number="00070005",
    ),
    OrganisationRef(
        CARITAS,
        PARTNER,
        HHW,
        "caritas@parochie-heerhugowaard.example",
        "072 000 70 50",
        description="De Parochiële Caritas Instelling helpt inwoners in financiële nood met een gift of een "
        "bijdrage voor iets wat u echt nodig heeft.",
        place=Place("Zonnestraalweg 11", "1705ZS"),
        opening_hours="Op afspraak",
        website="https://www.parochie-heerhugowaard.example",
    ),
    OrganisationRef(
        DE_HERBERG,
        PARTNER,
        HHW,
        "welkom@deherberg.example",
        "072 000 70 60",
        description="Inloophuis van de samenwerkende kerken: een warme plek voor koffie, soep en een goed "
        "gesprek. Iedereen is welkom.",
        place=Place("Marktplein 4", "1703MA", accessibility=ACCESSIBLE),
        opening_hours="Dinsdag, donderdag en zaterdag 10.00–15.00 uur",
        website="https://www.deherberg.example",
        kvk_number="00070006",
    ),
    OrganisationRef(
        VOEDSELBANK,
        PARTNER,
        BOTH,
        "aanmelden@voedselbankdewaard.example",
        "072 000 70 70",
        description="De voedselbank geeft gratis voedselpakketten aan huishoudens die tijdelijk te weinig geld "
        "hebben voor eten. Vrijwilligers doen al het werk.",
        place=Place("Industrieweg 30", "1704IW", accessibility="Rolstoeltoegankelijk"),
        opening_hours="Uitgifte vrijdag 13.00–16.00 uur",
        website="https://www.voedselbankdewaard.example",
        kvk_number="00070007",
    ),
    OrganisationRef(
        KLEDINGBANK,
        PARTNER,
        BOTH,
        "info@dekapstok.example",
        "072 000 70 80",
        description="Gratis kleding, schoenen en beddengoed voor wie het niet kan betalen.",
        place=Place("Industrieweg 32", "1704IX"),
        opening_hours="Woensdag 13.30–16.00 uur",
        website="https://www.dekapstok.example",
        kvk_number="00070008",
    ),
    OrganisationRef(
        KRINGLOOP,
        PARTNER,
        BOTH,
        "winkel@detweederonde.example",
        "072 000 70 90",
        description="Kringloopwinkel met meubels, huisraad, kleding en fietsen. Ook een plek om werkervaring "
        "op te doen.",
        place=Place("Edisonweg 8", "1704EW", accessibility=ACCESSIBLE),
        opening_hours="Dinsdag t/m zaterdag 10.00–17.00 uur",
        website="https://www.detweederonde.example",
        kvk_number="00070009",
    ),
    OrganisationRef(
        REPARATIECAFE,
        PARTNER,
        HHW,
        "desleutel@reparatiecafe.example",
        "072 000 71 00",
        description="Vrijwilligers repareren samen met u kapotte spullen: van broodrooster tot broek.",
        place=HET_MOLENHUIS,
        opening_hours="Elke eerste zaterdag van de maand 10.00–13.00 uur",
        website="https://www.reparatiecafe-desleutel.example",
    ),
    OrganisationRef(
        HANDEN_UIT_DE_MOUWEN,
        PARTNER,
        HHW,
        "info@handenuitdemouwen.example",
        "072 000 71 10",
        description="Groepen vrijwilligers, vaak van bedrijven of kerken, helpen mensen die het zelf even "
        "niet kunnen: de tuin opknappen, verhuizen of opruimen.",
        place=Place("Beukenlaan 5", "1702BK"),
        opening_hours="Op afspraak",
        website="https://www.handenuitdemouwen.example",
        kvk_number="00070010",
    ),
    OrganisationRef(
        KANSRIJK,
        PARTNER,
        BOTH,
        "aanvraag@kansrijkopgroeien.example",
        "072 000 71 20",
        description="Elk kind moet mee kunnen doen. De stichting betaalt schoolspullen, een fiets, sport of "
        "muziekles voor kinderen uit gezinnen met weinig geld.",
        place=Place("Raadhuisplein 7", "1703AD"),
        opening_hours="Op afspraak",
        website="https://www.kansrijkopgroeien.example",
        kvk_number="00070011",
    ),
    # Getting around and aids.
    OrganisationRef(
        RIJDENDE_BUREN,
        PARTNER,
        BOTH,
        "rit@rijdendeburen.example",
        "072 000 71 30",
        description="Vrijwillige chauffeurs rijden inwoners die niet zelf kunnen rijden naar de dokter, de "
        "winkel of familie. Ook de boodschappenbus en de buurtbus zijn van Rijdende Buren.",
        place=Place("Stationsplein 2", "1703WA"),
        opening_hours="Ritten bestellen maandag t/m vrijdag 9.00–12.00 uur",
        website="https://www.rijdendeburen.example",
        kvk_number="00070012",
    ),
    OrganisationRef(
        DEELTAXI,
        PROVIDER,
        BOTH,
        "ritten@deeltaxidewaard.example",
        "072 000 71 40",
        description="Deeltaxi De Waard rijdt het Wmo-vervoer in de regio: van deur tot deur, samen met andere "
        "reizigers.",
        place=Place("Edisonweg 20", "1704EZ"),
        opening_hours="Ritten bestellen elke dag 7.00–23.00 uur",
        website="https://www.deeltaxidewaard.example",
        kvk_number="00070013",
        agb_code="98070013",
    ),
    OrganisationRef(
        HULPMIDDELENCENTRUM,
        PROVIDER,
        BOTH,
        "wmo@hulpmiddelencentrum-nh.example",
        "072 000 71 60",
        description="Levert, past aan en onderhoudt rolstoelen, scootmobielen en trapliften die de gemeente "
        "via de Wmo verstrekt.",
        place=Place("Edisonweg 52", "1704EW", accessibility="Rolstoeltoegankelijk"),
        opening_hours="Maandag t/m vrijdag 8.30–17.00 uur; storingsdienst dag en nacht",
        website="https://www.hulpmiddelencentrum-nh.example",
        kvk_number="00070090",
        agb_code="98070090",
    ),
    OrganisationRef(
        UITLEENPUNT,
        PARTNER,
        BOTH,
        "uitleen@hulpmiddelendewaard.example",
        "072 000 71 50",
        description="Leen voor korte tijd een rolstoel, rollator, krukken of douchestoel, bijvoorbeeld na "
        "een operatie.",
        place=Place("Edisonweg 12", "1704EX", accessibility=ACCESSIBLE),
        opening_hours="Maandag t/m vrijdag 9.00–12.00 uur en 13.00–16.30 uur",
        website="https://www.hulpmiddelendewaard.example",
        kvk_number="00070014",
    ),
    # Sport and play.
    OrganisationRef(
        SPORTSERVICE,
        PARTNER,
        BOTH,
        "info@sportservicedewaard.example",
        "072 000 72 00",
        description="De buurtsportcoaches van Sportservice De Waard helpen jong en oud in beweging, in de wijk "
        "en samen met de sportclubs.",
        place=Place("Sportlaan 1", "1705SL", accessibility=ACCESSIBLE),
        opening_hours=WEEKDAYS,
        website="https://www.sportservicedewaard.example",
        kvk_number="00070015",
    ),
    OrganisationRef(
        OMNIVERENIGING,
        PARTNER,
        HHW,
        "secretariaat@sportiefheerhugowaard.example",
        "072 000 72 10",
        description="Sportvereniging met gym, voetbal, badminton en aangepast sporten, voor alle leeftijden.",
        place=Place("Sportlaan 5", "1705SM", accessibility=ACCESSIBLE),
        opening_hours="Kantine maandag t/m zaterdag 18.00–22.00 uur",
        website="https://www.sportiefheerhugowaard.example",
        kvk_number="00070016",
    ),
    OrganisationRef(
        ZWEMBAD,
        PARTNER,
        HHW,
        "info@zwembadhetwaterrijk.example",
        "072 000 72 20",
        description="Overdekt zwembad met zwemlessen, banenzwemmen en zwemmen voor ouderen en mensen met een "
        "beperking.",
        place=Place("Sportlaan 9", "1705SN", accessibility=ACCESSIBLE + ", tillift in het bad"),
        opening_hours="Elke dag 7.00–21.00 uur",
        website="https://www.zwembadhetwaterrijk.example",
        kvk_number="00070017",
    ),
    OrganisationRef(
        WANDELVERENIGING,
        PARTNER,
        HHW,
        "wandelen@destap.example",
        "072 000 72 30",
        description="Wandelvereniging met groepen in elke wijk. U loopt in uw eigen tempo mee.",
        place=Place("Hazelaarstraat 6", "1702HZ"),
        opening_hours="Bereikbaar via e-mail",
        website="https://www.destap.example",
    ),
    OrganisationRef(
        SPEELTUIN_DRAAI,
        PARTNER,
        HHW,
        "bestuur@speeltuindedraai.example",
        "072 000 72 40",
        description="Speeltuin en speelvereniging voor kinderen in De Draai en de Heemradenwijk.",
        place=Place("Draaiweg 50", "1701DW"),
        opening_hours="April t/m oktober elke dag 10.00–18.00 uur",
        website="https://www.speeltuindedraai.example",
    ),
    OrganisationRef(
        SPEELTUIN_BOMENPARK,
        PARTNER,
        HHW,
        "bestuur@hetbomenpark.example",
        "072 000 72 50",
        description="Speeltuin met kinderboerderij in de Bomenwijk, gerund door buurtbewoners.",
        place=Place("Eikenlaan 80", "1702EK"),
        opening_hours="Woensdag, zaterdag en zondag 10.00–17.00 uur",
        website="https://www.hetbomenpark.example",
    ),
    OrganisationRef(
        SPEELTUIN_ZONNEKRACHT,
        PARTNER,
        HHW,
        "bestuur@speeltuinzonnekracht.example",
        "072 000 72 60",
        description="Speeltuinvereniging in Stad van de Zon, met een speelhuis voor kinderactiviteiten.",
        place=Place("Zonnekrachtweg 3", "1705ZK"),
        opening_hours="Elke dag 9.00–19.00 uur",
        website="https://www.speeltuinzonnekracht.example",
    ),
    OrganisationRef(
        SCOUTING,
        PARTNER,
        HHW,
        "info@dewaardlopers.example",
        "072 000 72 70",
        description="Scoutinggroep voor kinderen en jongeren van 5 tot 18 jaar: buiten spelen, kamperen en "
        "samen dingen leren.",
        place=Place("Oostertochtpad 2", "1703OT"),
        opening_hours="Zaterdag 10.00–12.30 uur",
        website="https://www.dewaardlopers.example",
    ),
    # Housing and energy.
    OrganisationRef(
        WOONSTICHTING,
        PARTNER,
        BOTH,
        "klantenservice@woonstichtingdewaard.example",
        "072 000 73 00",
        description="Woningcorporatie met huurwoningen in Heerhugowaard en Langedijk. Woonconsulenten helpen "
        "huurders die vastlopen.",
        place=Place("Stationsplein 40", "1703WH", accessibility=ACCESSIBLE),
        opening_hours="Maandag t/m vrijdag 8.30–16.30 uur",
        website="https://www.woonstichtingdewaard.example",
        kvk_number="00070018",
    ),
    OrganisationRef(
        ENERGIECOOPERATIE,
        PARTNER,
        HHW,
        "energiecoach@energiedewaard.example",
        "072 000 73 10",
        description="Energiecoöperatie van inwoners. Vrijwillige energiecoaches helpen u energie en geld te "
        "besparen.",
        place=Place("Meidoornplein 1", "1702MD"),
        opening_hours="Op afspraak",
        website="https://www.energiedewaard.example",
        kvk_number="00070019",
    ),
    # Advice, rights and safety.
    OrganisationRef(
        CLIENTONDERSTEUNING,
        PARTNER,
        BOTH,
        "info@clientondersteuning-nhn.example",
        "072 000 73 20",
        description="Onafhankelijke cliëntondersteuners staan naast u bij gesprekken met de gemeente, het CIZ "
        "of uw zorgaanbieder. Zij werken niet voor de gemeente en niet voor een aanbieder.",
        place=Place("Kastanjelaan 19", "1702KM"),
        opening_hours=WEEKDAYS,
        website="https://www.clientondersteuning-nhn.example",
        kvk_number="00070020",
    ),
    OrganisationRef(
        SENIORENVERENIGING,
        PARTNER,
        BOTH,
        "secretariaat@seniorendewaard.example",
        "072 000 73 30",
        description="Vereniging van en voor 50-plussers, met ouderenadviseurs, belastinginvullers, een soos "
        "en een computerclub.",
        place=Place("Jaspisstraat 15", "1703JS", accessibility="Rolstoeltoegankelijk"),
        opening_hours="Dinsdag en donderdag 10.00–12.00 uur",
        website="https://www.seniorendewaard.example",
        kvk_number="00070021",
    ),
    OrganisationRef(
        NIEUWKOMERS,
        PARTNER,
        HHW,
        "info@nieuwkomerswelkom.example",
        "072 000 73 40",
        description="Begeleidt statushouders en andere nieuwkomers bij hun eerste jaren in Heerhugowaard: "
        "taal, post, werk en contact met buren.",
        place=Place("Stationsplein 8", "1703WC"),
        opening_hours="Maandag t/m donderdag 9.00–16.00 uur",
        website="https://www.nieuwkomerswelkom.example",
        kvk_number="00070022",
    ),
    OrganisationRef(
        VEILIG_THUIS,
        PARTNER,
        BOTH,
        "advies@veiligthuis-dewaard.example",
        "072 000 73 50",
        description="Advies- en meldpunt bij huiselijk geweld, kindermishandeling en ouderenmishandeling. Dag "
        "en nacht bereikbaar, ook als u twijfelt.",
        place=Place("Stationsplein 52", "1703WL"),
        opening_hours="Dag en nacht bereikbaar, ook in het weekend",
        website="https://www.veiligthuis-dewaard.example",
    ),
    OrganisationRef(
        SLACHTOFFERLOKET,
        PARTNER,
        BOTH,
        "hulp@slachtofferloket.example",
        "072 000 73 60",
        description="Praktische, juridische en emotionele hulp voor slachtoffers van een misdrijf, ongeluk "
        "of ramp.",
        place=Place("Stationsplein 32", "1703WJ"),
        opening_hours=WEEKDAYS,
        website="https://www.slachtofferloket.example",
    ),
    OrganisationRef(
        RECHTSWINKEL,
        PARTNER,
        BOTH,
        "spreekuur@rechtswinkeldewaard.example",
        "072 000 73 70",
        description="Rechtenstudenten en vrijwillige juristen geven gratis juridisch advies, bijvoorbeeld over "
        "huur, werk of een boete.",
        place=BIBLIOTHEEK_CENTRUM,
        opening_hours="Dinsdag 19.00–21.00 uur",
        website="https://www.rechtswinkeldewaard.example",
    ),
    # Health and care.
    OrganisationRef(
        GGD,
        PARTNER,
        BOTH,
        "info@ggd-dewaard.example",
        "072 000 74 00",
        description="De GGD beschermt en bevordert de gezondheid van inwoners, met voorlichting, "
        "jeugdgezondheidszorg en hulp bij zorgwekkende situaties.",
        place=Place("Stationsplein 50", "1703WK", accessibility=ACCESSIBLE),
        opening_hours=WEEKDAYS,
        website="https://www.ggd-dewaard.example",
    ),
    OrganisationRef(
        GGZ,
        PROVIDER,
        BOTH,
        "aanmelden@ggzwaardland.example",
        "072 000 74 10",
        description="Hulp en begeleiding bij psychische problemen, dicht bij huis. Met ervaringsdeskundigen en "
        "een inloophuis.",
        place=Place("Opaalstraat 3", "1703OP", accessibility="Rolstoeltoegankelijk"),
        opening_hours="Maandag t/m vrijdag 8.30–17.00 uur; crisisdienst via uw huisarts",
        website="https://www.ggzwaardland.example",
        kvk_number="00070023",
        agb_code="98070023",
    ),
    OrganisationRef(
        VERSLAVINGSZORG,
        PROVIDER,
        BOTH,
        "info@dekering.example",
        "072 000 74 20",
        description="Advies en hulp bij problemen met alcohol, drugs, gokken of gamen, voor gebruikers en hun "
        "naasten.",
        place=Place("Opaalstraat 7", "1703OR"),
        opening_hours=WEEKDAYS,
        website="https://www.dekering.example",
        kvk_number="00070024",
        agb_code="98070024",
    ),
    OrganisationRef(
        MIDDENWAARD,
        PROVIDER,
        BOTH,
        "zorgbureau@zorggroepmiddenwaard.example",
        "072 000 74 30",
        description="Zorggroep voor ouderen: dagbesteding, begeleiding thuis, een logeerhuis en het "
        "ontmoetingscentrum voor mensen met dementie.",
        place=Place("Molenaarslaan 25", "1703ML", accessibility=ACCESSIBLE),
        opening_hours="Zorgbureau maandag t/m vrijdag 8.30–17.00 uur",
        website="https://www.zorggroepmiddenwaard.example",
        kvk_number="00070025",
        agb_code="98070025",
    ),
    OrganisationRef(
        THUISHULP,
        PROVIDER,
        BOTH,
        "planning@thuishulpnh.example",
        "072 000 74 40",
        description="Hulp in de huishouding, met of zonder indicatie van de gemeente.",
        place=Place("Edisonweg 40", "1704EY"),
        opening_hours="Maandag t/m vrijdag 8.00–17.00 uur",
        website="https://www.thuishulpnh.example",
        kvk_number="00070026",
        agb_code="98070026",
    ),
    OrganisationRef(
        OP_KOERS,
        PROVIDER,
        BOTH,
        "aanmelden@opkoers.example",
        "072 000 74 50",
        description="Begeleiding thuis voor volwassenen die het dagelijks leven lastig vinden, bijvoorbeeld "
        "door autisme, een licht verstandelijke beperking of psychische problemen.",
        place=Place("Venusstraat 12", "1702VN"),
        opening_hours=WEEKDAYS,
        website="https://www.opkoers.example",
        kvk_number="00070027",
        agb_code="98070027",
    ),
    OrganisationRef(
        WERKPLAATS,
        PROVIDER,
        HHW,
        "info@dewerkplaats.example",
        "072 000 74 60",
        description="Arbeidsmatige dagbesteding in een houtwerkplaats, fietsenmakerij en kantine.",
        place=Place("Edisonweg 44", "1704EV", accessibility="Rolstoeltoegankelijk"),
        opening_hours="Maandag t/m vrijdag 8.30–16.00 uur",
        website="https://www.dewerkplaats.example",
        kvk_number="00070028",
        agb_code="98070028",
    ),
    OrganisationRef(
        ZORGBOERDERIJ,
        PROVIDER,
        BOTH,
        "boerderij@degroeneruimte.example",
        "072 000 74 70",
        description="Zorgboerderij aan de rand van Heerhugowaard: werken met dieren, in de moestuin en in de "
        "boerderijwinkel.",
        place=Place("Polderweg 101", "1707PW", accessibility="Rolstoeltoegankelijk, halfverhard erf"),
        opening_hours="Maandag t/m vrijdag 9.00–16.00 uur",
        website="https://www.degroeneruimte.example",
        kvk_number="00070029",
        agb_code="98070029",
    ),
    OrganisationRef(
        KOMPAS,
        PROVIDER,
        BOTH,
        "aanmelden@jeugdhulphetkompas.example",
        "072 000 74 80",
        description="Jeugdhulp voor kinderen, jongeren en hun ouders: thuis, op school, in een gezinshuis of "
        "op een groep.",
        place=Place("Venusstraat 30", "1702VP"),
        opening_hours=WEEKDAYS,
        website="https://www.jeugdhulphetkompas.example",
        kvk_number="00070030",
        agb_code="98070030",
    ),
    OrganisationRef(
        PLEEGZORG,
        PROVIDER,
        BOTH,
        "info@pleegzorgnoord.example",
        "072 000 74 90",
        description="Zoekt en begeleidt pleeggezinnen voor kinderen die tijdelijk of langer niet thuis kunnen "
        "wonen.",
        place=Place("Venusstraat 32", "1702VR"),
        opening_hours=WEEKDAYS,
        website="https://www.pleegzorgnoord.example",
        kvk_number="00070031",
        agb_code="98070031",
    ),
    OrganisationRef(
        DAK_EN_BED,
        PROVIDER,
        BOTH,
        "aanmelden@dakenbed.example",
        "072 000 75 00",
        description="Opvang en begeleid wonen voor mensen zonder huis of die niet zelfstandig kunnen wonen.",
        place=Place("Havenstraat 4", "1704HS"),
        opening_hours="Dag en nacht bereikbaar",
        website="https://www.dakenbed.example",
        kvk_number="00070032",
        agb_code="98070032",
    ),
    OrganisationRef(
        TERMINALE_ZORG,
        PARTNER,
        BOTH,
        "coordinator@terminalezorg-dewaard.example",
        "072 000 75 10",
        description="Getrainde vrijwilligers waken en zorgen mee bij mensen in hun laatste levensfase, zodat "
        "de familie even op adem kan komen.",
        place=Place("Walnootstraat 2", "1702WN"),
        opening_hours="Dag en nacht bereikbaar",
        website="https://www.terminalezorg-dewaard.example",
        kvk_number="00070033",
    ),
    # Langedijk.
    OrganisationRef(
        WELZIJN_LANGEDIJK,
        PARTNER,
        LANGEDIJK,
        "info@welzijnlangedijk.example",
        "0226 000 20 00",
        description="Welzijnswerk in de dorpen van Langedijk: ouderenwerk, jongerenwerk, maatschappelijk werk "
        "en mantelzorgondersteuning.",
        place=DORPSHUIS_BROEK,
        opening_hours="Maandag t/m vrijdag 9.00–16.30 uur",
        website="https://www.welzijnlangedijk.example",
        kvk_number="00070034",
    ),
    OrganisationRef(
        VRIJWILLIGERSPUNT_LANGEDIJK,
        PARTNER,
        LANGEDIJK,
        "info@vrijwilligerspuntlangedijk.example",
        "0226 000 20 10",
        description="Het Vrijwilligerspunt brengt inwoners die hulp zoeken in contact met vrijwilligers, en "
        "helpt u vrijwilligerswerk te vinden.",
        place=DORPSHUIS_BROEK,
        opening_hours="Dinsdag en donderdag 9.30–12.30 uur",
        website="https://www.vrijwilligerspuntlangedijk.example",
    ),
)

# -- services in Heerhugowaard ------------------------------------------------------------------

HEERHUGOWAARD_SERVICES = (
    # ---- Financiën ----------------------------------------------------------------------------
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Formulierenhulp en thuisadministratie",
        GENERAL,
        ("finances", "instrumental_adl"),
        "Vrijwilligers helpen u met brieven, formulieren en het op orde houden van uw administratie. Ze "
        "komen bij u thuis of u komt naar het spreekuur.",
        keywords="papieren, post, rekeningen, toeslagen aanvragen, geldzorgen, overzicht",
        target_group="Volwassenen die moeite hebben met post en formulieren",
        min_age=18,
        how_to_apply=CALL_OR_MAIL,
        phone="072 000 40 02",
        email="formulieren@vrijwilligerscentrale-hhw.example",
    ),
    ServiceRef(
        THUISADMINISTRATIE,
        "Thuisadministratie aan huis",
        GENERAL,
        ("finances",),
        "Liggen er stapels post en weet u niet meer waar u moet beginnen? Een vrijwilliger komt een paar "
        "maanden bij u thuis. Samen maakt u een ordner en een overzicht van uw inkomsten en uitgaven.",
        keywords="administratie, rekeningen, ordenen, geldzorgen, brieven, post openen",
        target_group="Volwassenen die het overzicht over hun papieren kwijt zijn",
        min_age=18,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        THUISADMINISTRATIE,
        "Budgetmaatje",
        GENERAL,
        ("finances", "social_network"),
        "Heeft u geldzorgen? Een budgetmaatje is een getrainde vrijwilliger die een jaar met u optrekt. Hij "
        "of zij helpt u met een begroting en gaat mee naar lastige gesprekken.",
        keywords="geldzorgen, schulden, rondkomen, budget, maatje, geld",
        target_group="Volwassenen met geldzorgen of beginnende schulden",
        min_age=18,
        how_to_apply="Bel ons of vraag het MET-team of Halte Werk om u aan te melden.",
        email="budgetmaatje@thuisadministratie-nh.example",
    ),
    ServiceRef(
        ref.MET,
        "Formulierenspreekuur De Linde",
        GENERAL,
        ("finances", "instrumental_adl"),
        "Elke dinsdagochtend helpt een vrijwilliger van MET u in Buurthuis De Linde met formulieren, "
        "toeslagen en brieven van instanties. Neem de papieren mee waar het om gaat.",
        keywords="formulieren invullen, toeslag, belastingdienst, brief",
        districts=(NOORD,),
        place=DE_LINDE,
        how_to_apply=WALK_IN,
        languages="Nederlands, Turks",
    ),
    ServiceRef(
        ref.MET,
        "Formulierenspreekuur Het Anker",
        GENERAL,
        ("finances", "instrumental_adl"),
        "Hulp bij het invullen van formulieren en het lezen van brieven, op woensdagmiddag in Buurthuis Het "
        "Anker in de Planetenwijk. Ook voor vragen over DigiD.",
        keywords="formulieren invullen, toeslag, digid, brief begrijpen",
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply=WALK_IN,
        languages="Nederlands, Arabisch",
    ),
    ServiceRef(
        ref.MET,
        "Formulierenspreekuur Stadshart",
        GENERAL,
        ("finances", "instrumental_adl"),
        "Op maandag en donderdag zit een vrijwilliger klaar in het Ontmoetingspunt Stadshart. U krijgt "
        "uitleg over brieven en hulp bij aanvragen, bijvoorbeeld voor huurtoeslag.",
        keywords="formulieren invullen, huurtoeslag, zorgtoeslag, brief",
        districts=(CENTRUM_OOST,),
        place=STADSHART,
        how_to_apply=WALK_IN,
        languages="Nederlands, Pools, Engels",
    ),
    ServiceRef(
        ref.MET,
        "Formulierenspreekuur De Zonnewijzer",
        GENERAL,
        ("finances", "instrumental_adl"),
        "Elke vrijdagochtend kunt u in Buurthuis De Zonnewijzer terecht met formulieren en brieven. De "
        "vrijwilliger kijkt met u mee en legt uit wat u moet doen.",
        keywords="formulieren invullen, toeslag, brief, aanvraag",
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        SENIORENVERENIGING,
        "Belastinghulp voor ouderen",
        GENERAL,
        ("finances",),
        "Een getrainde vrijwilliger vult thuis met u de belastingaangifte in en kijkt of u recht heeft op "
        "huurtoeslag of zorgtoeslag.",
        keywords="belastingaangifte, aangifte inkomstenbelasting, toeslagen, belastingdienst",
        target_group="Ouderen met een laag of middeninkomen",
        min_age=65,
        cost="Gratis voor leden, anders € 15 per aangifte",
        how_to_apply="Bel de vereniging tussen 1 februari en 1 april.",
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Informatiepunt Digitale Overheid",
        GENERAL,
        ("finances", "community_participation"),
        "Vragen over DigiD, toeslagen, belastingen of uw pensioen? In de bibliotheek helpen we u de juiste "
        "website te vinden en uw vraag te regelen.",
        keywords="digid aanvragen, mijnoverheid, toeslag online, belastingdienst, pensioen",
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN + " Op dinsdag en donderdag van 10.00 tot 12.00 uur.",
    ),
    ServiceRef(
        VOEDSELBANK,
        "Voedselbank",
        GENERAL,
        ("finances", "physical_health"),
        "Heeft u tijdelijk te weinig geld voor eten? Bij de voedselbank haalt u elke week een gratis pakket "
        "met boodschappen. Of u een pakket krijgt, hangt af van uw inkomen en vaste lasten.",
        keywords="voedselpakket, eten, geen geld voor eten, geldzorgen, armoede, honger",
        target_group="Huishoudens met een zeer laag inkomen",
        how_to_apply="Laat u aanmelden door het MET-team, Halte Werk of de schuldhulpverlening.",
        referral=True,
        languages="Nederlands, Engels, Arabisch",
    ),
    ServiceRef(
        KLEDINGBANK,
        "Kledingbank",
        GENERAL,
        ("finances",),
        "Gratis kleding, schoenen en beddengoed voor volwassenen en kinderen. U mag vier keer per jaar "
        "komen uitzoeken.",
        keywords="kleren, schoenen, winterjas, kinderkleding, armoede",
        target_group="Huishoudens met een laag inkomen",
        how_to_apply="Neem een verwijsbrief mee van het MET-team, de voedselbank of Halte Werk.",
        referral=True,
    ),
    ServiceRef(
        DIACONIE,
        "Noodfonds van de kerken",
        GENERAL,
        ("finances",),
        "Staat u plotseling zonder geld, bijvoorbeeld omdat een uitkering nog niet is gestart? Het noodfonds "
        "kan snel een gift of renteloze lening geven.",
        keywords="geen geld, noodhulp, lening, geldzorgen, leefgeld",
        how_to_apply="Uw hulpverlener vraagt het voor u aan, bijvoorbeeld de maatschappelijk werker.",
        referral=True,
    ),
    ServiceRef(
        CARITAS,
        "Bijdrage voor een noodzakelijke aankoop",
        GENERAL,
        ("finances", "housing"),
        "Is uw wasmachine of koelkast kapot en heeft u geen geld voor een nieuwe? De Caritas kan een "
        "bijdrage geven, ook als u niet gelovig bent.",
        keywords="wasmachine, koelkast, bed, kapot, geen geld, gift",
        how_to_apply="Stuur een e-mail met uw vraag. Een vrijwilliger komt bij u op bezoek.",
    ),
    ServiceRef(
        DIACONIE,
        "Speelgoedbank",
        GENERAL,
        ("finances", "domestic_relations"),
        "Ouders met weinig geld kunnen rond de feestdagen en voor verjaardagen gratis speelgoed uitzoeken "
        "voor hun kinderen.",
        keywords="speelgoed, verjaardag, sinterklaas, kerst, cadeau",
        target_group="Gezinnen met kinderen en een laag inkomen",
        max_age=12,
        how_to_apply="Aanmelden via het MET-team of de voedselbank.",
        referral=True,
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Spreekuur Geldzorgen",
        GENERAL,
        ("finances",),
        "Maakt u zich zorgen over geld? Loop binnen bij het spreekuur van Halte Werk. Een "
        "schuldhulpverlener kijkt met u naar uw situatie en zegt wat u nu al kunt doen.",
        keywords="geldzorgen, schulden, rood staan, rekeningen niet betalen, aanmaning, incasso",
        how_to_apply=WALK_IN + " Elke woensdag van 13.00 tot 15.00 uur.",
        email="geldzorgen@haltewerk.example",
    ),
    ServiceRef(
        ref.MET,
        "Cursus Grip op uw geld",
        GENERAL,
        ("finances",),
        "In vier avonden leert u een begroting maken, besparen op vaste lasten en omgaan met verleidingen. "
        "U leert ook van andere deelnemers.",
        keywords="budget, besparen, geldzorgen, rondkomen, cursus",
        min_age=18,
        how_to_apply="Meld u aan via de website van MET of bel ons.",
        place=HET_MOLENHUIS,
    ),
    ServiceRef(
        ENERGIECOOPERATIE,
        "Energiecoach aan huis",
        GENERAL,
        ("finances", "housing"),
        "Een vrijwillige energiecoach komt bij u thuis en geeft tips om uw energierekening omlaag te "
        "krijgen. U krijgt gratis radiatorfolie, tochtstrips en ledlampen.",
        keywords="energierekening, stookkosten, gas, stroom, besparen, tocht",
        how_to_apply="Maak een afspraak via de website of bel ons.",
    ),
    ServiceRef(
        KANSRIJK,
        "Schoolspullen, fiets en laptop voor kinderen",
        GENERAL,
        ("finances", "work_education"),
        "Kan uw kind niet mee op schoolreis, of heeft het geen fiets of laptop voor school? De stichting "
        "betaalt het voor kinderen uit gezinnen met weinig geld.",
        keywords="schoolreis, fiets, laptop, schooltas, kinderen, armoede",
        target_group="Kinderen uit gezinnen met een laag inkomen",
        min_age=4,
        max_age=18,
        how_to_apply="Een intermediair (leerkracht, jeugd- en gezinscoach of maatschappelijk werker) vraagt "
        "het voor u aan.",
        referral=True,
    ),
    ServiceRef(
        KANSRIJK,
        "Sport en muziekles voor kinderen",
        GENERAL,
        ("finances", "daytime_activities"),
        "Wil uw kind op voetbal, zwemmen, dans of muziekles, maar is daar geen geld voor? De stichting betaalt "
        "de contributie of het lesgeld rechtstreeks aan de club.",
        keywords="contributie, sportclub, lidmaatschap, zwemles, muziekles, kinderen",
        min_age=4,
        max_age=18,
        how_to_apply="Een intermediair vraagt het voor u aan.",
        referral=True,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Collectieve zorgverzekering",
        GENERAL,
        ("finances", "physical_health"),
        "Heeft u een laag inkomen? Dan kunt u meedoen met de zorgverzekering van de gemeente. U krijgt "
        "korting en een goede aanvullende verzekering, ook voor de eigen bijdrage van de Wmo.",
        keywords="zorgverzekering, gemeentepolis, eigen risico, premie",
        target_group="Inwoners met een inkomen tot 130% van het sociaal minimum",
        min_age=18,
        cost="Korting op de premie",
        how_to_apply="Aanmelden bij de zorgverzekeraar via de website van de gemeente.",
    ),
    ServiceRef(
        ref.MET,
        "Geldlessen voor jongeren",
        GENERAL,
        ("finances", "work_education"),
        "Voor jongeren die op zichzelf gaan wonen of hun eerste baan hebben: hoe werkt een zorgverzekering, "
        "wat is een toeslag en hoe voorkomt u schulden?",
        keywords="jongeren, zelfstandig wonen, geld, zorgverzekering, eerste baan",
        min_age=16,
        max_age=23,
        how_to_apply="Vraag het aan de jongerenwerker of meld u aan via de website.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Schuldhulpverlening",
        NEARBY,
        ("finances",),
        "Hulp als u geldzorgen of schulden heeft: samen maken we een plan om uw geldzaken weer rond te "
        "krijgen. Als het nodig is regelen we een schuldregeling met de mensen aan wie u geld schuldig bent.",
        keywords="schulden, geldzorgen, deurwaarder, beslag, achterstand, schuldregeling, aanmaning",
        min_age=18,
        how_to_apply="Bel Halte Werk of loop binnen bij het Spreekuur Geldzorgen. U krijgt binnen drie "
        "werkdagen een eerste gesprek.",
        email="schuldhulp@haltewerk.example",
        languages="Nederlands, Engels",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Budgetcoaching",
        NEARBY,
        ("finances",),
        "Een budgetcoach helpt u een half jaar lang om rond te komen van uw inkomen. U leert vooruit kijken "
        "en geldzorgen te voorkomen.",
        keywords="geldzorgen, budget, begroting, rondkomen, uitgaven",
        min_age=18,
        how_to_apply="Via het MET-team of de schuldhulpverlening.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Hulp bij geldzorgen voor ondernemers",
        NEARBY,
        ("finances", "work_education"),
        "Heeft u een eigen bedrijf en lukt het niet meer om rekeningen te betalen? Een consulent voor "
        "ondernemers kijkt met u naar uw bedrijf en uw schulden.",
        keywords="zzp, ondernemer, eigen zaak, failliet, schulden, geldzorgen",
        target_group="Zelfstandig ondernemers",
        min_age=18,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Jongeren met schulden",
        NEARBY,
        ("finances",),
        "Bent u tussen 18 en 27 jaar en heeft u schulden? Een jongerencoach helpt u uw schulden op een rij te "
        "zetten en te regelen, en kijkt ook naar school of werk.",
        keywords="schulden jongeren, studieschuld, telefoonrekening, boetes, geldzorgen",
        min_age=18,
        max_age=27,
        how_to_apply="Bel, app of mail de jongerencoach.",
        phone="072 000 30 20",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Vroeg erbij: hulp bij betalingsachterstanden",
        NEARBY,
        ("finances", "housing"),
        "Heeft u de huur, de energie of de zorgverzekering niet betaald? Dan krijgen wij een seintje en "
        "nemen wij contact met u op. Zo lossen we het samen op voordat het erger wordt.",
        keywords="huurachterstand, energieschuld, achterstand, betalingsachterstand, afsluiting",
        how_to_apply="Wij nemen zelf contact met u op. U kunt ons ook bellen.",
    ),
    ServiceRef(
        ref.MET,
        "Sociaal raadslieden",
        NEARBY,
        ("finances", "justice"),
        "Begrijpt u een brief van de Belastingdienst, de gemeente of het UWV niet? Of wilt u bezwaar maken? "
        "De sociaal raadslieden leggen uit wat er staat en helpen u met bezwaar.",
        keywords="bezwaar maken, brief belastingdienst, uwv, cjib, boete, rechten",
        min_age=18,
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Bijstandsuitkering",
        CUSTOMISED,
        ("finances", "work_education"),
        "Heeft u geen werk en te weinig geld om van te leven? Dan kunt u een bijstandsuitkering aanvragen. "
        "Een consulent helpt u daarna ook op weg naar werk.",
        keywords="uitkering, bijstand, participatiewet, geen inkomen, werkloos",
        min_age=18,
        how_to_apply=APPLY_INCOME,
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Bijzondere bijstand",
        CUSTOMISED,
        ("finances",),
        "Heeft u onverwachte kosten die u niet kunt betalen, zoals een bril, de eigen bijdrage van de Wmo of "
        "de kosten van een bewindvoerder? Dan kunt u bijzondere bijstand aanvragen.",
        keywords="onverwachte kosten, bril, tandarts, bewindvoering, vergoeding",
        min_age=18,
        how_to_apply=APPLY_INCOME,
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Individuele inkomenstoeslag",
        CUSTOMISED,
        ("finances",),
        "Heeft u al drie jaar of langer een laag inkomen en weinig kans op meer inkomen? Dan kunt u één keer "
        "per jaar een extra bedrag krijgen.",
        keywords="toeslag, langdurig laag inkomen, extra geld",
        min_age=21,
        how_to_apply=APPLY_INCOME,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Kwijtschelding gemeentelijke belastingen",
        CUSTOMISED,
        ("finances",),
        "Kunt u de afvalstoffenheffing en de rioolheffing niet betalen? Vraag dan kwijtschelding aan. Als u "
        "recht heeft, hoeft u deze belastingen niet te betalen.",
        keywords="afvalstoffenheffing, rioolheffing, aanslag, belasting, niet betalen",
        min_age=18,
        how_to_apply="Vraag het online aan binnen drie maanden na de datum van de aanslag.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Meedoenregeling",
        CUSTOMISED,
        ("finances", "community_participation"),
        "Met de Meedoenregeling krijgt u een tegoed voor sport, cultuur, een cursus of een lidmaatschap. Voor "
        "volwassenen en kinderen uit gezinnen met een laag inkomen.",
        keywords="meedoenpas, kortingspas, sport, cultuur, contributie, minima",
        target_group="Inwoners met een inkomen tot 120% van het sociaal minimum",
        how_to_apply=APPLY_INCOME,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Kindpakket",
        CUSTOMISED,
        ("finances", "domestic_relations"),
        "Een jaarlijks tegoed per kind voor kleding, schoolspullen en een verjaardagsfeestje, voor gezinnen met "
        "een laag inkomen.",
        keywords="kinderen, kleding, schoolspullen, verjaardag, minima",
        max_age=17,
        how_to_apply=APPLY_INCOME,
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Budgetbeheer",
        CUSTOMISED,
        ("finances",),
        "Lukt het u niet om zelf uw geld te beheren? Bij budgetbeheer ontvangt Halte Werk uw inkomen en "
        "betaalt de vaste lasten voor u. U krijgt elke week leefgeld.",
        keywords="beheer, vaste lasten betalen, leefgeld, bewindvoering",
        min_age=18,
        how_to_apply="Na een gesprek met de schuldhulpverlener.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Wettelijke schuldsanering (Wsnp)",
        CUSTOMISED,
        ("finances", "justice"),
        "Lukt een schuldregeling met de schuldeisers niet? Dan kan de rechter u toelaten tot de wettelijke "
        "schuldsanering. Halte Werk helpt u met het verzoek.",
        keywords="wsnp, schuldsanering, rechter, faillissement, schulden",
        min_age=18,
        how_to_apply="Via uw schuldhulpverlener bij Halte Werk.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Bijstand voor zelfstandigen (Bbz)",
        CUSTOMISED,
        ("finances", "work_education"),
        "Verdient u met uw eigen bedrijf tijdelijk te weinig om van te leven? Met het Bbz kunt u een "
        "aanvulling op uw inkomen of een lening voor uw bedrijf krijgen.",
        keywords="zzp, ondernemer, bedrijf, inkomen aanvullen, bedrijfskrediet",
        min_age=18,
        how_to_apply=APPLY_INCOME,
    ),
    # ---- Werk & opleiding ---------------------------------------------------------------------
    ServiceRef(
        BIBLIOTHEEK,
        "Taalhuis: beter lezen, schrijven en rekenen",
        GENERAL,
        ("work_education", "community_participation"),
        "Wilt u beter Nederlands leren lezen, schrijven of rekenen? In het Taalhuis zoeken we samen met u "
        "een cursus of een taalvrijwilliger die bij u past.",
        keywords="laaggeletterd, nederlands leren, taalles, lezen, schrijven, rekenen",
        target_group="Volwassenen die moeite hebben met taal of rekenen",
        min_age=16,
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN + " Op maandag en woensdag van 10.00 tot 12.00 uur.",
        languages="Nederlands, Engels, Arabisch, Turks",
    ),
    ServiceRef(
        NIEUWKOMERS,
        "Taalcafé Centrum",
        GENERAL,
        ("work_education", "social_network"),
        "Oefen Nederlands praten in een gezellige groep. Vrijwilligers praten met u over het dagelijks leven, "
        "in gewone woorden.",
        keywords="nederlands oefenen, praten, taalles, conversatie",
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN + " Elke dinsdag van 14.00 tot 15.30 uur.",
        languages="Nederlands",
    ),
    ServiceRef(
        NIEUWKOMERS,
        "Taalcafé Huygenhoek",
        GENERAL,
        ("work_education", "social_network"),
        "Taalcafé in de bibliotheek van Zuid: samen koffie drinken en Nederlands oefenen. Ook voor ouders "
        "met jonge kinderen; er is speelgoed.",
        keywords="nederlands oefenen, praten, taal, ouders",
        districts=(ZUID,),
        place=BIBLIOTHEEK_ZUID,
        how_to_apply=WALK_IN + " Elke donderdag van 9.30 tot 11.00 uur.",
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Taalmaatje",
        GENERAL,
        ("work_education", "social_network"),
        "Een taalmaatje oefent een jaar lang elke week een uur Nederlands met u, bij u thuis of in de "
        "bibliotheek. U bepaalt samen waarover u praat.",
        keywords="nederlands leren, taal oefenen, maatje, inburgering",
        min_age=16,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Cursus Klik & Tik: leren werken met de computer",
        GENERAL,
        ("work_education", "instrumental_adl"),
        "Leer in uw eigen tempo werken met de computer, tablet of smartphone: e-mailen, internetbankieren en "
        "veilig online. Een vrijwilliger helpt u als u vastloopt.",
        keywords="computerles, internet, tablet, smartphone, mail, digitaal",
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply="Meld u aan bij de balie van de bibliotheek.",
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Digicafé Het Anker",
        GENERAL,
        ("work_education", "instrumental_adl"),
        "Vragen over uw telefoon, tablet of laptop? Neem hem mee naar het Digicafé in Buurthuis Het Anker. "
        "Vrijwilligers helpen u, bij een kop koffie.",
        keywords="telefoon, tablet, laptop, whatsapp, digitaal, computer",
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply=WALK_IN + " Elke maandag van 13.30 tot 15.30 uur.",
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Digicafé De Zonnewijzer",
        GENERAL,
        ("work_education", "instrumental_adl"),
        "Elke week hulp bij uw smartphone, tablet of computer in Buurthuis De Zonnewijzer. Ook voor "
        "videobellen met uw familie.",
        keywords="telefoon, tablet, videobellen, digitaal, computer",
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        how_to_apply=WALK_IN + " Elke woensdag van 10.00 tot 12.00 uur.",
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Huiswerkklas in de bibliotheek",
        GENERAL,
        ("work_education",),
        "Rustig huiswerk maken, met hulp van een vrijwilliger als u iets niet snapt. Er zijn computers "
        "en een printer.",
        keywords="huiswerk, huiswerkbegeleiding, school, bijles",
        min_age=10,
        max_age=18,
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN + " Maandag t/m donderdag van 15.30 tot 17.30 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Huiswerkklas Het Anker",
        GENERAL,
        ("work_education", "daytime_activities"),
        "Voor kinderen uit de Planetenwijk en de Schrijverswijk: twee middagen per week huiswerk maken met "
        "hulp van vrijwilligers en een jongerenwerker.",
        keywords="huiswerk, bijles, school, kinderen",
        min_age=10,
        max_age=16,
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply="Aanmelden via de jongerenwerker of de school.",
    ),
    ServiceRef(
        ref.MET,
        "Huiswerkklas Butterhuizen",
        GENERAL,
        ("work_education", "daytime_activities"),
        "Op dinsdag en donderdag kunnen kinderen uit Zuid hun huiswerk maken in Wijkcentrum Butterhuizen. "
        "Er is limonade en een vrijwilliger die meedenkt.",
        keywords="huiswerk, bijles, school, kinderen",
        min_age=10,
        max_age=16,
        districts=(ZUID,),
        place=BUTTERHUIZEN,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Voorleesmaatje aan huis",
        GENERAL,
        ("work_education", "domestic_relations"),
        "Een vrijwilliger komt twintig weken lang elke week voorlezen bij u thuis, en laat zien hoe u zelf "
        "met voorlezen de taal van uw kind helpt.",
        keywords="voorlezen, taalachterstand, kinderen, boeken",
        target_group="Gezinnen met jonge kinderen waar voorlezen niet vanzelf gaat",
        min_age=2,
        max_age=8,
        how_to_apply="Aanmelden via school, het consultatiebureau of de bibliotheek.",
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Boekenpret voor baby's en peuters",
        GENERAL,
        ("work_education", "domestic_relations"),
        "Lid worden van de bibliotheek is gratis voor kinderen. Baby's krijgen een koffertje met boekjes, en "
        "elke week is er een voorleesuurtje voor peuters.",
        keywords="voorlezen, baby, peuter, boekjes, bibliotheek",
        max_age=4,
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.CJG,
        "Voorschool voor peuters",
        GENERAL,
        ("work_education", "domestic_relations"),
        "Op de voorschool spelen en leren peuters vier dagdelen per week, zodat ze goed voorbereid naar de "
        "basisschool gaan. Ook extra hulp bij taal.",
        keywords="peuterspeelzaal, vve, taalachterstand, peuteropvang, school",
        min_age=2,
        max_age=4,
        cost="Ouderbijdrage naar inkomen",
        how_to_apply="Het consultatiebureau bespreekt het met u als uw kind 2 jaar is.",
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Sollicitatiecafé",
        GENERAL,
        ("work_education",),
        "Hulp bij uw cv, een sollicitatiebrief of het voorbereiden van een gesprek. Vrijwilligers met "
        "ervaring in personeelswerk kijken met u mee.",
        keywords="solliciteren, cv, motivatiebrief, werk zoeken, baan",
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN + " Elke vrijdag van 10.00 tot 12.00 uur.",
    ),
    ServiceRef(
        KRINGLOOP,
        "Werkervaring in de kringloopwinkel",
        GENERAL,
        ("work_education", "daytime_activities"),
        "Wilt u weer wennen aan werken? In de kringloopwinkel doet u werkervaring op in de winkel, het "
        "magazijn of de fietsenmakerij, met een vaste begeleider.",
        keywords="werkervaring, leerwerkplek, vrijwilligerswerk, ritme, werken",
        min_age=18,
        how_to_apply="Bel ons voor een kennismaking, of vraag uw consulent van Halte Werk.",
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Maatschappelijke stage voor scholieren",
        GENERAL,
        ("work_education", "community_participation"),
        "Zoekt u een stageplek als vrijwilliger voor school? Bij de Vrijwilligerscentrale vindt u klussen bij "
        "clubs, zorgcentra en buurthuizen.",
        keywords="stage, scholier, vrijwilligerswerk, school",
        min_age=14,
        max_age=18,
        how_to_apply="Kijk in de vacaturebank op de website of loop binnen.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Consulent Werk en Inkomen",
        NEARBY,
        ("work_education", "finances"),
        "Zoekt u werk, of komt u niet rond? Een consulent van Halte Werk bekijkt met u welke stappen u kunt "
        "zetten: een opleiding, een werkervaringsplek of een baan.",
        keywords="werk zoeken, baan, werkloos, solliciteren, opleiding",
        min_age=18,
        how_to_apply="Bel Halte Werk of vraag uw MET-team om een afspraak te maken.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Jongerenloket werk en school",
        NEARBY,
        ("work_education",),
        "Bent u tussen 16 en 27 jaar en zit u zonder school of werk? Bij het jongerenloket zoeken we samen "
        "naar een opleiding, een stage of een baan die bij u past.",
        keywords="schoolverlater, geen diploma, werk, opleiding, stage, jongeren",
        min_age=16,
        max_age=27,
        how_to_apply="Loop binnen op woensdagmiddag of stuur een appje.",
        phone="072 000 30 30",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Leerplicht en schoolverzuim",
        NEARBY,
        ("work_education", "justice"),
        "Gaat uw kind niet of weinig naar school? De leerplichtambtenaar zoekt met u, uw kind en de school "
        "naar een oplossing. Ook voor vragen over vrijstelling en verlof.",
        keywords="leerplichtambtenaar, spijbelen, verzuim, thuiszitter, verlof, school",
        min_age=5,
        max_age=23,
        how_to_apply="Bel of mail de leerplichtambtenaar.",
        email="leerplicht@heerhugowaard.example",
    ),
    ServiceRef(
        ref.MET,
        "Schoolmaatschappelijk werk",
        NEARBY,
        ("work_education", "domestic_relations", "mental_health"),
        "Gaat het niet goed met uw kind op school, of thuis? De schoolmaatschappelijk werker praat met uw "
        "kind en met u, en zoekt samen met de school naar wat helpt.",
        keywords="school, pesten, zorgen over kind, gedrag, leerling",
        min_age=4,
        max_age=18,
        how_to_apply="Vraag het aan de intern begeleider of mentor van de school.",
    ),
    ServiceRef(
        GGZ,
        "Begeleiding naar werk bij psychische problemen",
        NEARBY,
        ("work_education", "mental_health"),
        "Heeft u psychische problemen en wilt u graag werken? Een trajectbegeleider helpt u een baan te "
        "vinden en te houden, naast uw behandeling.",
        keywords="ips, werk, psychische klachten, re-integratie, baan",
        min_age=18,
        referral=True,
        how_to_apply="Via uw behandelaar bij GGZ Waardland.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Re-integratietraject",
        CUSTOMISED,
        ("work_education",),
        "Een traject op maat naar werk: bijvoorbeeld een training, een werkervaringsplek of een "
        "sollicitatietraining. U maakt er samen met de consulent afspraken over.",
        keywords="werk, baan, training, werkervaring, uitkering",
        min_age=18,
        how_to_apply="Bespreek het met uw consulent Werk en Inkomen.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Jobcoach",
        CUSTOMISED,
        ("work_education",),
        "Heeft u een arbeidsbeperking en begint u aan een nieuwe baan? Een jobcoach helpt u en uw werkgever "
        "in de eerste periode, zodat het werk goed gaat.",
        keywords="arbeidsbeperking, werk, begeleiding op het werk, baan",
        min_age=18,
        how_to_apply="Bespreek het met uw consulent Werk en Inkomen.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Beschut werk",
        CUSTOMISED,
        ("work_education", "daytime_activities"),
        "Voor mensen die door een beperking alleen met veel begeleiding kunnen werken: een baan in een "
        "beschutte omgeving, met een echt salaris.",
        keywords="sociale werkplaats, beschutte werkplek, arbeidsbeperking",
        min_age=18,
        how_to_apply="Bespreek het met uw consulent Werk en Inkomen; het UWV geeft een advies.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Loonkostensubsidie",
        CUSTOMISED,
        ("work_education",),
        "Kunt u door een beperking niet het minimumloon verdienen? Met loonkostensubsidie betaalt de gemeente "
        "een deel van uw loon aan de werkgever. Zo krijgt u toch een gewone baan.",
        keywords="arbeidsbeperking, subsidie, werkgever, baan",
        min_age=18,
        how_to_apply="Bespreek het met uw consulent Werk en Inkomen.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Leerlingenvervoer",
        CUSTOMISED,
        ("work_education", "instrumental_adl"),
        "Kan uw kind door een beperking of een grote afstand niet zelf naar school? Dan kan de gemeente "
        "vervoer of een vergoeding geven.",
        keywords="schoolvervoer, taxi naar school, speciaal onderwijs, busvervoer",
        min_age=4,
        max_age=18,
        cost="Soms een eigen bijdrage, afhankelijk van uw inkomen",
        how_to_apply="Vraag het online aan, uiterlijk 1 mei voor het nieuwe schooljaar.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Inburgering",
        CUSTOMISED,
        ("work_education", "community_participation"),
        "Bent u nieuw in Nederland en moet u inburgeren? De gemeente maakt met u een plan voor taal, werk en "
        "meedoen, en zorgt voor een passende taalcursus.",
        keywords="inburgeren, statushouder, taalcursus, nieuwkomer, pip",
        min_age=16,
        how_to_apply="De gemeente nodigt u uit voor een gesprek. Heeft u vragen? Bel Het Sociaalplein.",
        languages="Nederlands, Engels, Arabisch, Tigrinya",
    ),
    # ---- Tijdsbesteding ---------------------------------------------------------------------
    ServiceRef(
        ref.MET,
        "Welzijn ouderen en dagbesteding",
        GENERAL,
        ("daytime_activities", "social_network", "community_participation"),
        "Activiteiten overdag, een maatje of een huisbezoek voor ouderen die eenzaam zijn of thuis vastlopen. "
        "De ouderenwerker van MET kijkt met u wat bij u past.",
        keywords="ouderenwerk, activiteiten, eenzaamheid, ontmoeting, dagactiviteit",
        target_group="Ouderen die thuis wonen",
        min_age=55,
        how_to_apply=APPLY_TEAM,
        email="ouderenwerk@met-welzijn.example",
    ),
    ServiceRef(
        ref.MET,
        "Jongerenwerk",
        GENERAL,
        ("daytime_activities", "work_education", "community_participation"),
        "Jongerenwerkers in de wijk: een plek om te chillen, hulp bij school, werk en gedoe thuis. Ze zijn "
        "ook op straat en online te vinden.",
        keywords="jongeren, hangplek, jongerencentrum, tieners, chillen",
        min_age=12,
        max_age=23,
        how_to_apply="Spreek een jongerenwerker aan of stuur een appje.",
        phone="06 000 00 001",
        email="jongerenwerk@met-welzijn.example",
    ),
    ServiceRef(
        ref.MET,
        "Jongereninloop De Draai",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Op woensdagmiddag en vrijdagavond is de jongerenruimte in Wijkcentrum De Draai open. Tafeltennis, "
        "gamen, muziek maken, of gewoon even praten met de jongerenwerker.",
        keywords="jongerencentrum, hangplek, gamen, tieners, vrije tijd",
        min_age=12,
        max_age=18,
        districts=(NOORD,),
        place=DE_DRAAI,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Jongereninloop De Schrijver",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Jongerencentrum in de Schrijverswijk, open op dinsdag- en donderdagavond. Met een studio om muziek "
        "op te nemen en een jongerenwerker die u verder helpt.",
        keywords="jongerencentrum, muziek, studio, hangplek, tieners",
        min_age=14,
        max_age=23,
        districts=(WEST,),
        place=DE_SCHRIJVER,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Jongereninloop Het Molenhuis",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Elke vrijdagavond en zaterdagmiddag een plek voor jongeren in Het Molenhuis: samen koken, sporten in "
        "de zaal of een film kijken.",
        keywords="jongerencentrum, hangplek, koken, film, tieners",
        min_age=12,
        max_age=18,
        districts=(CENTRUM_OOST,),
        place=HET_MOLENHUIS,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Jongereninloop De Zonnewijzer",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Jongerenruimte in Stad van de Zon, open op maandag- en woensdagavond. De jongerenwerker helpt ook "
        "met bijbaantjes en sollicitaties.",
        keywords="jongerencentrum, bijbaan, hangplek, tieners",
        min_age=12,
        max_age=23,
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Tienerclub De Linde",
        GENERAL,
        ("daytime_activities",),
        "Voor kinderen van groep 7 en 8 en de brugklas: elke woensdagmiddag knutselen, spelletjes en "
        "uitstapjes.",
        keywords="kinderclub, tieners, woensdagmiddag, activiteiten",
        min_age=10,
        max_age=13,
        districts=(NOORD,),
        place=DE_LINDE,
        cost="€ 1 per keer",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Tienerclub Het Anker",
        GENERAL,
        ("daytime_activities",),
        "Elke vrijdagmiddag een club voor tieners in de Planetenwijk, met sport, koken en een filmmiddag.",
        keywords="kinderclub, tieners, vrijdagmiddag, activiteiten",
        min_age=10,
        max_age=13,
        districts=(WEST,),
        place=HET_ANKER,
        cost="€ 1 per keer",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Kindervakantieweek",
        GENERAL,
        ("daytime_activities",),
        "In de laatste week van de zomervakantie een hele week spelen, knutselen en hutten bouwen. Voor alle "
        "kinderen van de basisschool.",
        keywords="zomervakantie, kinderen, spelen, hutten bouwen",
        min_age=6,
        max_age=12,
        cost="€ 15 per week; gratis met de Meedoenregeling",
        how_to_apply="Inschrijven via de website van MET vanaf 1 juni.",
    ),
    ServiceRef(
        SPEELTUIN_DRAAI,
        "Speeltuin De Draai",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Een speeltuin met schommels, een waterspeelplaats en een kantine. In de vakanties organiseren "
        "vrijwilligers activiteiten voor kinderen.",
        keywords="spelen, kinderen, speeltuin, buiten",
        max_age=12,
        districts=(NOORD,),
        cost="Lidmaatschap € 20 per gezin per jaar",
        how_to_apply="Loop binnen tijdens de openingstijden.",
    ),
    ServiceRef(
        SPEELTUIN_BOMENPARK,
        "Speeltuin en kinderboerderij Het Bomenpark",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Spelen en dieren verzorgen in de Bomenwijk. Kinderen mogen helpen met het voeren van de geiten en "
        "konijnen.",
        keywords="spelen, kinderboerderij, dieren, speeltuin",
        max_age=12,
        districts=(WEST,),
        cost="Gratis toegang",
        how_to_apply="Loop binnen tijdens de openingstijden.",
    ),
    ServiceRef(
        SPEELTUIN_ZONNEKRACHT,
        "Speeltuin Zonnekracht",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Grote speeltuin in Stad van de Zon met een speelhuis. Elke woensdagmiddag een activiteit voor "
        "kinderen, zoals koken of knutselen.",
        keywords="spelen, kinderen, speeltuin, knutselen",
        max_age=12,
        districts=(ZUID,),
        cost="Lidmaatschap € 17,50 per gezin per jaar",
        how_to_apply="Loop binnen tijdens de openingstijden.",
    ),
    ServiceRef(
        SCOUTING,
        "Scouting",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Elke zaterdag buiten spelen, hutten bouwen en samen op kamp. Kinderen mogen vier keer gratis "
        "meedoen om te kijken of ze het leuk vinden.",
        keywords="scouting, buiten spelen, kamp, vereniging",
        min_age=5,
        max_age=18,
        cost="€ 120 per jaar; ook met de Meedoenregeling",
        how_to_apply="Kom langs op zaterdagochtend.",
    ),
    ServiceRef(
        SPORTSERVICE,
        "Buurtsportcoach Noord",
        GENERAL,
        ("daytime_activities", "physical_health", "community_participation"),
        "De buurtsportcoach organiseert sport op de pleintjes in de Schilderwijk en De Draai, en helpt u een "
        "sportclub te vinden die bij u past.",
        keywords="sporten, bewegen, sportclub, pleintje",
        districts=(NOORD,),
        email="noord@sportservicedewaard.example",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        SPORTSERVICE,
        "Buurtsportcoach West",
        GENERAL,
        ("daytime_activities", "physical_health", "community_participation"),
        "In West sporten kinderen na school met de buurtsportcoach op het trapveldje. Volwassenen kunnen "
        "mee met bootcamp in het park.",
        keywords="sporten, bewegen, bootcamp, na school",
        districts=(WEST,),
        email="west@sportservicedewaard.example",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        SPORTSERVICE,
        "Buurtsportcoach Centrum-Oost",
        GENERAL,
        ("daytime_activities", "physical_health", "community_participation"),
        "De buurtsportcoach in Centrum-Oost richt zich op ouderen en mensen die weinig bewegen. Samen zoekt "
        "u een beweegactiviteit die u leuk vindt.",
        keywords="bewegen, ouderen, sporten, weinig beweging",
        districts=(CENTRUM_OOST,),
        email="centrum-oost@sportservicedewaard.example",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        SPORTSERVICE,
        "Buurtsportcoach Zuid",
        GENERAL,
        ("daytime_activities", "physical_health", "community_participation"),
        "In Zuid organiseert de buurtsportcoach sport in de gymzalen en op de schoolpleinen, voor kinderen "
        "en voor gezinnen.",
        keywords="sporten, bewegen, gezin, schoolplein",
        districts=(ZUID,),
        email="zuid@sportservicedewaard.example",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Ochtendgym De Linde",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "Elke maandagochtend gym op de stoel en staand, onder leiding van een beweegdocent. Daarna drinken we "
        "samen koffie.",
        keywords="gymnastiek, bewegen, ouderen, stoelgym",
        min_age=55,
        districts=(NOORD,),
        place=DE_LINDE,
        cost="€ 2,50 per keer",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Ochtendgym Het Anker",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "Bewegen op muziek voor 55-plussers, op dinsdagochtend in Buurthuis Het Anker. Ook als u niet "
        "zo goed ter been bent.",
        keywords="gymnastiek, bewegen, ouderen, muziek",
        min_age=55,
        districts=(WEST,),
        place=HET_ANKER,
        cost="€ 2,50 per keer",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Ochtendgym Rivierenhuis",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "Op donderdagochtend sporten ouderen uit Centrum-Oost samen in het Rivierenhuis: oefeningen voor "
        "balans en kracht.",
        keywords="gymnastiek, bewegen, ouderen, balans",
        min_age=55,
        districts=(CENTRUM_OOST,),
        place=RIVIERENHUIS,
        cost="€ 2,50 per keer",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Ochtendgym De Zonnewijzer",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "Bewegen in een gezellige groep, elke vrijdagochtend in Buurthuis De Zonnewijzer.",
        keywords="gymnastiek, bewegen, ouderen",
        min_age=55,
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        cost="€ 2,50 per keer",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        OMNIVERENIGING,
        "Walking football",
        GENERAL,
        ("daytime_activities", "physical_health", "social_network"),
        "Voetballen in wandeltempo: niet rennen en geen duels. Voor mannen en vrouwen die fit willen blijven "
        "en het leuk vinden om in een team te spelen.",
        keywords="voetbal, bewegen, ouderen, sport, team",
        min_age=60,
        cost="€ 5 per maand",
        how_to_apply="Kom een keer meedoen op dinsdagochtend.",
    ),
    ServiceRef(
        OMNIVERENIGING,
        "Aangepast sporten",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "Sporten met een lichamelijke of verstandelijke beperking: zaalvoetbal, badminton en boccia, met "
        "trainers die weten wat u nodig heeft.",
        keywords="sport beperking, gehandicaptensport, rolstoelsport, boccia",
        how_to_apply=CALL_OR_MAIL,
        accessibility="Rolstoeltoegankelijk, aangepaste kleedkamer",
    ),
    ServiceRef(
        ZWEMBAD,
        "Zwemmen voor ouderen en mensen met een beperking",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "In warm water bewegen onder begeleiding. Met een tillift voor wie niet zelf in het bad kan komen.",
        keywords="zwemmen, aquagym, warm water, bewegen, tillift",
        cost="€ 4,50 per keer",
        how_to_apply="Kom langs op dinsdag- of vrijdagochtend.",
    ),
    ServiceRef(
        ZWEMBAD,
        "Zwemles voor kinderen",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "Zwemles voor het A-, B- en C-diploma. Met de Meedoenregeling betaalt u niets.",
        keywords="zwemdiploma, zwemles, kinderen",
        min_age=4,
        max_age=12,
        cost="€ 60 per maand; gratis met de Meedoenregeling",
        how_to_apply="Schrijf uw kind in aan de kassa of via de website.",
    ),
    ServiceRef(
        WANDELVERENIGING,
        "Wandelgroep Noord",
        GENERAL,
        ("daytime_activities", "physical_health", "social_network"),
        "Elke dinsdag om 10.00 uur wandelen we een uur door de Schilderwijk en De Draai. We vertrekken bij "
        "Buurthuis De Linde.",
        keywords="wandelen, bewegen, buiten, samen lopen",
        districts=(NOORD,),
        place=DE_LINDE,
        how_to_apply="Kom gewoon naar het startpunt.",
    ),
    ServiceRef(
        WANDELVERENIGING,
        "Wandelgroep West",
        GENERAL,
        ("daytime_activities", "physical_health", "social_network"),
        "Op woensdagochtend wandelen we rustig door de Bomenwijk en het park. Ook met rollator bent u "
        "welkom.",
        keywords="wandelen, bewegen, rollator, samen lopen",
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply="Kom gewoon naar het startpunt bij Buurthuis Het Anker.",
    ),
    ServiceRef(
        WANDELVERENIGING,
        "Wandelgroep Centrum-Oost",
        GENERAL,
        ("daytime_activities", "physical_health", "social_network"),
        "Elke donderdag een wandeling langs de Oostertocht, met een koffiestop onderweg.",
        keywords="wandelen, bewegen, buiten, samen lopen",
        districts=(CENTRUM_OOST,),
        place=RIVIERENHUIS,
        how_to_apply="Kom gewoon naar het startpunt bij het Rivierenhuis.",
    ),
    ServiceRef(
        WANDELVERENIGING,
        "Wandelgroep Zuid",
        GENERAL,
        ("daytime_activities", "physical_health", "social_network"),
        "Op zaterdagochtend wandelen we een uur door Stad van de Zon en Huygenhoek. Een fijne manier om "
        "buren te leren kennen.",
        keywords="wandelen, bewegen, buren, samen lopen",
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        how_to_apply="Kom gewoon naar het startpunt bij Buurthuis De Zonnewijzer.",
    ),
    ServiceRef(
        ref.MET,
        "Handwerkclub Het Anker",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Breien, haken en naaien met elkaar, op donderdagmiddag. Beginners leren het van de anderen.",
        keywords="breien, haken, naaien, hobby, creatief",
        districts=(WEST,),
        place=HET_ANKER,
        cost="€ 1 per keer, inclusief koffie",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Schilderclub De Linde",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Samen schilderen en tekenen in de Schilderwijk. Er is materiaal aanwezig; ervaring is niet nodig.",
        keywords="schilderen, tekenen, hobby, creatief",
        districts=(NOORD,),
        place=DE_LINDE,
        cost="€ 2 per keer",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Buurttuin De Groene Vinger",
        GENERAL,
        ("daytime_activities", "social_network", "community_participation"),
        "Samen tuinieren in de moestuin achter Het Molenhuis. U krijgt een stukje grond of helpt mee in de "
        "gezamenlijke tuin, en neemt groente mee naar huis.",
        keywords="tuinieren, moestuin, groente, buiten",
        districts=(CENTRUM_OOST,),
        place=HET_MOLENHUIS,
        how_to_apply="Kom langs op zaterdagochtend of bel het opbouwwerk.",
    ),
    ServiceRef(
        ref.MET,
        "Buurttuin Stad van de Zon",
        GENERAL,
        ("daytime_activities", "social_network", "community_participation"),
        "Een pluktuin en bloementuin van en voor de buurt. Op woensdagmiddag tuinieren kinderen mee.",
        keywords="tuinieren, pluktuin, groente, kinderen",
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        how_to_apply="Kom langs op woensdag of zaterdag.",
    ),
    ServiceRef(
        ref.MET,
        "Mannenschuur De Molen",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Een werkplaats waar mannen samen klussen, hout bewerken en fietsen repareren. Voor wie het gezellig "
        "vindt om met de handen bezig te zijn.",
        keywords="klussen, houtbewerken, werkplaats, mannen, eenzaam",
        target_group="Mannen die graag met de handen bezig zijn",
        districts=(CENTRUM_OOST,),
        place=HET_MOLENHUIS,
        how_to_apply=WALK_IN + " Dinsdag en donderdag van 9.30 tot 12.00 uur.",
    ),
    ServiceRef(
        REPARATIECAFE,
        "Reparatiecafé Het Molenhuis",
        GENERAL,
        ("daytime_activities", "finances", "community_participation"),
        "Is uw lamp, fiets of jas kapot? Neem hem mee naar het reparatiecafé. Samen met een vrijwilliger "
        "maakt u hem weer heel.",
        keywords="repareren, kapot, fiets, lamp, naaien, repair cafe",
        districts=(CENTRUM_OOST,),
        place=HET_MOLENHUIS,
        cost="Gratis, een vrijwillige bijdrage mag",
        how_to_apply="Kom langs op de eerste zaterdag van de maand.",
    ),
    ServiceRef(
        REPARATIECAFE,
        "Reparatiecafé Huygenhoek",
        GENERAL,
        ("daytime_activities", "finances", "community_participation"),
        "Elke derde zaterdag van de maand repareren vrijwilligers spullen in het Huygenhuis. Ook "
        "computers en telefoons.",
        keywords="repareren, kapot, telefoon, computer, repair cafe",
        districts=(ZUID,),
        place=HUYGENHUIS,
        cost="Gratis, een vrijwillige bijdrage mag",
        how_to_apply="Kom langs op de derde zaterdag van de maand.",
    ),
    ServiceRef(
        LICHTPUNT,
        "Uitstapjes en vakantieweken met zorg",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Een dagje uit of een vakantieweek voor mensen met een ziekte of beperking. Vrijwilligers en "
        "verpleegkundigen zorgen voor u, zodat u zorgeloos kunt genieten.",
        keywords="vakantie, uitje, dagje uit, beperking, rolstoel",
        cost="Dagje uit € 15; vakantieweek vanaf € 450",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Leesclub",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Eens per maand praten over een boek dat iedereen heeft gelezen. Er is ook een leesclub met boeken "
        "in makkelijke taal.",
        keywords="lezen, boeken, praten, club",
        place=BIBLIOTHEEK_CENTRUM,
        cost="€ 25 per jaar",
        how_to_apply="Meld u aan bij de balie.",
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Bibliotheek Zuid",
        GENERAL,
        ("daytime_activities", "work_education"),
        "Kleine bibliotheek in het Huygenhuis: boeken lenen, kranten lezen en computers gebruiken, dicht "
        "bij huis.",
        keywords="boeken lenen, krant, computer, lezen",
        districts=(ZUID,),
        place=BIBLIOTHEEK_ZUID,
        cost="Gratis voor kinderen; volwassenen vanaf € 48 per jaar",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        SENIORENVERENIGING,
        "Seniorensoos",
        GENERAL,
        ("daytime_activities", "social_network"),
        "Elke week kaarten, biljarten, sjoelen en bingo met andere 50-plussers. Nieuwe leden zijn van harte "
        "welkom.",
        keywords="kaarten, biljart, bingo, sjoelen, ouderen, gezelligheid",
        min_age=50,
        accessibility="Rolstoeltoegankelijk",
        cost="€ 2 per middag",
        how_to_apply=WALK_IN + " Maandag en donderdag vanaf 13.30 uur.",
    ),
    ServiceRef(
        SENIORENVERENIGING,
        "Computerclub 50-plus",
        GENERAL,
        ("daytime_activities", "work_education"),
        "Leer van andere 50-plussers hoe u foto's bewaart, videobelt of online betaalt. Les in kleine "
        "groepen.",
        keywords="computer, tablet, les, ouderen, digitaal",
        min_age=50,
        cost="€ 30 voor zes lessen",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Weer meedoen: activering",
        NEARBY,
        ("daytime_activities", "community_participation"),
        "Zit u veel thuis en weet u niet waar u moet beginnen? Een sociaal werker zoekt met u naar een "
        "activiteit, vrijwilligerswerk of cursus en gaat de eerste keren mee.",
        keywords="thuis zitten, niets te doen, dagritme, meedoen, activiteit",
        min_age=18,
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Vrijwilligerswerk met begeleiding",
        NEARBY,
        ("daytime_activities", "community_participation"),
        "Wilt u vrijwilligerswerk doen, maar heeft u daarbij wat extra hulp nodig? Een consulent zoekt een "
        "plek die bij u past en houdt contact met u en de organisatie.",
        keywords="vrijwilligerswerk, begeleiding, meedoen, beperking",
        min_age=18,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        MIDDENWAARD,
        "Dagbesteding ouderen (Wmo)",
        CUSTOMISED,
        ("daytime_activities", "social_network", "basic_adl"),
        "Een paar dagen per week naar een groep met andere ouderen: samen eten, bewegen en activiteiten doen, "
        "met begeleiding. Uw mantelzorger heeft die dagen tijd voor zichzelf.",
        keywords="dagopvang, dagbesteding, ouderen, groep, mantelzorg ontlasten",
        target_group="Ouderen die niet meer alleen de dag kunnen doorkomen",
        min_age=65,
        cost=CAK,
        how_to_apply=APPLY_WMO,
        accessibility=ACCESSIBLE,
    ),
    ServiceRef(
        MIDDENWAARD,
        "Ontmoetingscentrum Geheugenwerk (Wmo)",
        CUSTOMISED,
        ("daytime_activities", "mental_health", "social_network"),
        "Dagbesteding voor mensen met dementie, in een huiselijke sfeer. Mantelzorgers krijgen advies en "
        "kunnen elkaar ontmoeten.",
        keywords="dementie, alzheimer, geheugen, dagbesteding, vergeetachtig",
        target_group="Mensen met dementie die thuis wonen, en hun mantelzorgers",
        cost=CAK,
        how_to_apply=APPLY_WMO,
        place=Place("Molenaarslaan 27", "1703MM", accessibility=ACCESSIBLE),
    ),
    ServiceRef(
        MIDDENWAARD,
        "Dagbesteding bij hersenletsel (Wmo)",
        CUSTOMISED,
        ("daytime_activities", "mental_health"),
        "Na een beroerte of ongeluk gaat veel niet meer vanzelf. In een kleine groep werkt u met begeleiding "
        "aan een zinvolle dag en aan wat u nog wel kunt.",
        keywords="nah, hersenletsel, beroerte, cva, dagbesteding",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        WERKPLAATS,
        "Arbeidsmatige dagbesteding (Wmo)",
        CUSTOMISED,
        ("daytime_activities", "work_education"),
        "Zinvol werk in de houtwerkplaats, de fietsenmakerij of de kantine, met begeleiding. Voor mensen die "
        "(nog) niet kunnen werken in een gewone baan.",
        keywords="werkplaats, dagbesteding, zinvol werk, beperking, ritme",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ZORGBOERDERIJ,
        "Dagbesteding op de zorgboerderij (Wmo)",
        CUSTOMISED,
        ("daytime_activities", "physical_health"),
        "Buiten werken met dieren en planten, in een rustige omgeving. Voor volwassenen met een beperking, "
        "psychische problemen of beginnende dementie.",
        keywords="zorgboerderij, dieren, buiten werken, dagbesteding",
        min_age=18,
        cost=CAK + " Vervoer kan worden geregeld.",
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ZORGBOERDERIJ,
        "Dagbesteding voor jongeren op de boerderij (Jeugdwet)",
        CUSTOMISED,
        ("daytime_activities", "work_education"),
        "Voor jongeren die (tijdelijk) niet naar school kunnen: een vaste plek op de boerderij, met "
        "begeleiders die werken aan ritme, zelfvertrouwen en een volgende stap.",
        keywords="thuiszitter, jongeren, boerderij, dagbesteding",
        min_age=12,
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply=APPLY_YOUTH,
    ),
    ServiceRef(
        GGZ,
        "Dagbesteding bij psychische problemen (Wmo)",
        CUSTOMISED,
        ("daytime_activities", "mental_health"),
        "Een veilige plek om overdag naartoe te gaan, met activiteiten en begeleiding door mensen die weten "
        "wat psychische problemen betekenen.",
        keywords="ggz, dagbesteding, psychisch, structuur",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    # ---- Huisvesting ------------------------------------------------------------------------
    ServiceRef(
        WOONSTICHTING,
        "Woonspreekuur",
        GENERAL,
        ("housing",),
        "Vragen over uw huurhuis, reparaties, huurverhoging of overlast? Kom naar het woonspreekuur van de "
        "woonstichting.",
        keywords="huurwoning, reparatie, huurverhoging, verhuurder, lekkage",
        target_group="Huurders van Woonstichting De Waard",
        how_to_apply=WALK_IN + " Elke werkdag van 9.00 tot 12.00 uur.",
    ),
    ServiceRef(
        WOONSTICHTING,
        "Hulp bij het zoeken van een huurwoning",
        GENERAL,
        ("housing",),
        "Een medewerker helpt u met inschrijven en reageren op woningen, en legt uit hoe de wachttijd werkt.",
        keywords="woning zoeken, inschrijven, huurhuis, wachtlijst, woningnet",
        min_age=18,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        WOONSTICHTING,
        "Verhuizen naar een passende woning voor ouderen",
        GENERAL,
        ("housing",),
        "Is uw huis te groot of zijn de trappen te zwaar? Met voorrang verhuizen naar een gelijkvloerse "
        "woning of een woning met lift. Wij helpen ook met de verhuizing.",
        keywords="kleiner wonen, gelijkvloers, seniorenwoning, trap, lift",
        min_age=65,
        cost="Verhuisvergoeding van de woonstichting",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        SENIORENVERENIGING,
        "Woonadvies: veilig thuis blijven wonen",
        GENERAL,
        ("housing", "physical_health"),
        "Een vrijwillige woonadviseur loopt met u door uw huis en geeft tips om vallen te voorkomen en "
        "langer prettig thuis te wonen, bijvoorbeeld met handgrepen of betere verlichting.",
        keywords="vallen voorkomen, handgrepen, drempels, langer thuis wonen, aanpassing",
        min_age=60,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Klussendienst",
        GENERAL,
        ("housing", "instrumental_adl"),
        "Een lamp ophangen, een kraan die lekt of een schilderij aan de muur? Een vrijwillige klusser komt "
        "kleine klusjes in huis doen.",
        keywords="klusjes, lamp, kraan, ophangen, kleine reparatie",
        target_group="Ouderen en mensen met een beperking zonder netwerk dat kan helpen",
        cost="€ 5 per klus plus materiaal",
        how_to_apply=CALL_OR_MAIL,
        phone="072 000 40 03",
    ),
    ServiceRef(
        HANDEN_UIT_DE_MOUWEN,
        "Hulp bij opruimen en verhuizen",
        GENERAL,
        ("housing", "instrumental_adl"),
        "Moet u verhuizen of is uw huis te vol geraakt? Een groep vrijwilligers helpt een dag met sjouwen, "
        "opruimen en schoonmaken.",
        keywords="verhuizen, opruimen, spullen, sjouwen, rommel",
        how_to_apply="Uw hulpverlener meldt u aan; u kunt ook zelf bellen.",
    ),
    ServiceRef(
        HANDEN_UIT_DE_MOUWEN,
        "Tuinklussen door vrijwilligers",
        GENERAL,
        ("housing", "instrumental_adl"),
        "Is uw tuin te veel werk geworden? Vrijwilligers maken hem een keer goed schoon en helpen u hem "
        "makkelijker te onderhouden.",
        keywords="tuin, onkruid, heg knippen, tuinonderhoud",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        RECHTSWINKEL,
        "Huurspreekuur",
        GENERAL,
        ("housing", "justice"),
        "Heeft u een probleem met uw verhuurder, bijvoorbeeld over achterstallig onderhoud of de "
        "servicekosten? Juristen geven u gratis advies.",
        keywords="huurrecht, verhuurder, huurcommissie, onderhoud, servicekosten",
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN + " Op dinsdagavond.",
    ),
    ServiceRef(
        ref.MET,
        "Buurtbemiddeling",
        GENERAL,
        ("housing", "social_network", "justice"),
        "Heeft u last van de buren, door geluid, de tuin of parkeren? Twee getrainde vrijwilligers helpen u "
        "om samen met uw buren een oplossing te vinden.",
        keywords="burenruzie, overlast, buren, geluidsoverlast, ruzie",
        how_to_apply=CALL_OR_MAIL,
        email="buurtbemiddeling@met-welzijn.example",
    ),
    ServiceRef(
        WOONSTICHTING,
        "Woonconsulent bij problemen thuis",
        NEARBY,
        ("housing", "mental_health"),
        "Dreigt u uw huis te verliezen, door huurachterstand, overlast of een vervuild huis? De woonconsulent "
        "komt bij u langs en zoekt samen met het MET-team naar een oplossing.",
        keywords="huisuitzetting, huurachterstand, vervuiling, overlast, huis kwijt",
        how_to_apply="De woonconsulent neemt contact met u op. U kunt ook zelf bellen.",
    ),
    ServiceRef(
        GGD,
        "Meldpunt zorg en overlast",
        NEARBY,
        ("housing", "mental_health"),
        "Maakt u zich zorgen om iemand die verward is, zijn huis verwaarloost of geen hulp wil? Meld het. "
        "Een medewerker gaat op bezoek en probeert contact te maken.",
        keywords="verward, zorgmijder, vervuiling, verwaarlozing, zorgen om buurman",
        how_to_apply="Bel het meldpunt op werkdagen. Bij gevaar belt u 112.",
        phone="072 000 74 01",
    ),
    ServiceRef(
        DAK_EN_BED,
        "Nachtopvang",
        NEARBY,
        ("housing", "basic_adl"),
        "Heeft u geen plek om te slapen? In de nachtopvang krijgt u een bed, een douche en een ontbijt. "
        "Overdag helpen we u een oplossing te zoeken.",
        keywords="dakloos, slaapplek, geen huis, opvang, op straat",
        min_age=18,
        how_to_apply="Kom tussen 20.00 en 22.00 uur langs of bel ons.",
    ),
    ServiceRef(
        DAK_EN_BED,
        "Dagopvang voor dak- en thuislozen",
        NEARBY,
        ("housing", "social_network"),
        "Overdag een warme plek met koffie, een maaltijd en de mogelijkheid om te douchen en uw was te doen. "
        "Een begeleider helpt met een postadres, een uitkering of zorg.",
        keywords="dakloos, thuisloos, douchen, wassen, maaltijd",
        min_age=18,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Woningaanpassing (Wmo)",
        CUSTOMISED,
        ("housing", "basic_adl", "physical_health"),
        "Kunt u door een beperking niet meer goed in uw huis wonen? De gemeente kan helpen met bijvoorbeeld "
        "een aangepaste douche, een verhoogd toilet of het weghalen van drempels.",
        keywords="douche aanpassen, toilet, drempels, badkamer, aanpassing huis",
        cost=CAK_ONCE,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Traplift (Wmo)",
        CUSTOMISED,
        ("housing", "physical_health"),
        "Kunt u de trap niet meer op, maar wilt u in uw huis blijven wonen? Soms is een traplift de "
        "oplossing. Eerst kijken we of verhuizen beter past.",
        keywords="trap, traplift, boven slapen, trappenlopen",
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Verhuiskostenvergoeding (Wmo)",
        CUSTOMISED,
        ("housing", "finances"),
        "Moet u verhuizen omdat uw huis niet meer geschikt is voor uw beperking? Dan kunt u een vergoeding "
        "krijgen voor de verhuis- en inrichtingskosten.",
        keywords="verhuizen, vergoeding, verhuiskosten, geschikte woning",
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Woningurgentie",
        CUSTOMISED,
        ("housing",),
        "Moet u heel snel een andere woning hebben, bijvoorbeeld door een scheiding met kinderen of een "
        "onveilige situatie? Dan kunt u urgentie aanvragen. Een regionale commissie beslist.",
        keywords="urgentie, voorrang, snel een huis, noodsituatie",
        min_age=18,
        cost="€ 50 leges",
        how_to_apply="Maak een afspraak met Het Sociaalplein voor een intakegesprek.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Briefadres",
        CUSTOMISED,
        ("housing", "community_participation"),
        "Heeft u geen vast woonadres? Met een briefadres blijft u ingeschreven in de gemeente en kunt u post, "
        "een uitkering en zorg ontvangen.",
        keywords="postadres, dakloos, inschrijving, brp",
        min_age=18,
        how_to_apply="Vraag het aan bij Het Sociaalplein; de dagopvang kan helpen.",
    ),
    ServiceRef(
        DAK_EN_BED,
        "Maatschappelijke opvang",
        CUSTOMISED,
        ("housing", "mental_health"),
        "Tijdelijk wonen met begeleiding voor wie dakloos is en meer nodig heeft dan een bed. U werkt aan "
        "een eigen plek, inkomen en gezondheid.",
        keywords="dakloos, opvang, tijdelijk wonen, begeleiding",
        min_age=18,
        cost="Eigen bijdrage naar inkomen",
        how_to_apply="Via de nachtopvang of Het Sociaalplein.",
    ),
    ServiceRef(
        DAK_EN_BED,
        "Beschermd wonen",
        CUSTOMISED,
        ("housing", "mental_health", "basic_adl"),
        "Wonen met dag en nacht begeleiding in de buurt, voor mensen met ernstige psychische problemen die "
        "(nog) niet zelfstandig kunnen wonen.",
        keywords="beschermd wonen, begeleid wonen, psychiatrie, woonvorm",
        min_age=18,
        cost="Eigen bijdrage via het CAK, naar inkomen",
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        OP_KOERS,
        "Begeleid zelfstandig wonen (Wmo)",
        CUSTOMISED,
        ("housing", "instrumental_adl"),
        "U woont in uw eigen huis en een vaste begeleider komt een paar keer per week. Samen regelt u "
        "huishouden, geld en afspraken.",
        keywords="begeleid wonen, zelfstandig wonen, ambulante begeleiding",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        KOMPAS,
        "Kamertraining voor jongeren (Jeugdwet)",
        CUSTOMISED,
        ("housing", "work_education"),
        "Jongeren leren op een eigen kamer zelfstandig wonen: koken, geld beheren en school of werk "
        "volhouden, met een begeleider in de buurt.",
        keywords="op kamers, zelfstandig wonen, jongeren, kamertraining",
        min_age=16,
        max_age=22,
        cost=FREE_YOUTH,
        how_to_apply=APPLY_YOUTH,
    ),
    # ---- Huiselijke relaties ----------------------------------------------------------------
    ServiceRef(
        ref.CJG,
        "Opvoedspreekuur",
        GENERAL,
        ("domestic_relations", "mental_health"),
        "Vragen over opvoeden en opgroeien? Kom langs op het spreekuur van het Centrum voor Jeugd en Gezin. "
        "Over slapen, eten, driftbuien, puberteit of wat u maar bezighoudt.",
        keywords="opvoeding, opvoedvragen, peuter, puber, driftbui, slapen",
        max_age=23,
        how_to_apply=WALK_IN + " Elke woensdag van 9.00 tot 12.00 uur.",
        email="info@cjg-heerhugowaard.example",
    ),
    ServiceRef(
        ref.CJG,
        "Consultatiebureau",
        GENERAL,
        ("domestic_relations", "physical_health"),
        "Op het consultatiebureau volgen de jeugdarts en jeugdverpleegkundige de groei en ontwikkeling van "
        "uw kind. U krijgt advies over voeding, slapen en opvoeden, en uw kind krijgt de vaccinaties.",
        keywords="baby, peuter, groei, vaccinatie, inenting, jgz",
        max_age=4,
        how_to_apply="U krijgt vanzelf een uitnodiging na de geboorte van uw kind.",
    ),
    ServiceRef(
        ref.CJG,
        "Jeugdverpleegkundige op school",
        GENERAL,
        ("domestic_relations", "physical_health"),
        "De jeugdverpleegkundige ziet alle kinderen op de basisschool en in de tweede klas van het voortgezet "
        "onderwijs. U kunt ook zelf een afspraak maken over gezondheid, gewicht of gedrag.",
        keywords="gezondheid kind, groei, gewicht, school, jgz",
        min_age=4,
        max_age=18,
        how_to_apply="Bel het CJG voor een afspraak.",
    ),
    ServiceRef(
        ref.CJG,
        "Cursus Positief opvoeden",
        GENERAL,
        ("domestic_relations",),
        "Een cursus van vijf avonden voor ouders die meer rust in huis willen. U leert hoe u goed gedrag "
        "stimuleert en grenzen stelt.",
        keywords="opvoedcursus, grenzen stellen, ruzie thuis, gedrag",
        how_to_apply="Meld u aan via de website van het CJG.",
    ),
    ServiceRef(
        ref.CJG,
        "Cursus Pubers in huis",
        GENERAL,
        ("domestic_relations",),
        "Vier avonden voor ouders van tieners: over schermtijd, uitgaan, schoolwerk en hoe u in gesprek "
        "blijft met uw kind.",
        keywords="puber, tiener, opvoeden, schermtijd, uitgaan",
        how_to_apply="Meld u aan via de website van het CJG.",
    ),
    ServiceRef(
        ref.CJG,
        "Praatgroep voor kinderen van gescheiden ouders",
        GENERAL,
        ("domestic_relations", "mental_health"),
        "Kinderen praten in een kleine groep over de scheiding van hun ouders, met spel en tekenen. Ze merken "
        "dat ze niet de enige zijn.",
        keywords="scheiding, gescheiden ouders, kinderen, verdriet",
        min_age=8,
        max_age=12,
        how_to_apply="Meld uw kind aan bij het CJG.",
    ),
    ServiceRef(
        ref.CJG,
        "Ouder-kindochtend De Draai",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Elke dinsdagochtend spelen de kleintjes en drinken ouders koffie met elkaar in Wijkcentrum De Draai. "
        "Een jeugdverpleegkundige is er om vragen te beantwoorden.",
        keywords="peuter, baby, ouders, koffieochtend, spelen",
        max_age=4,
        districts=(NOORD,),
        place=DE_DRAAI,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.CJG,
        "Ouder-kindochtend Het Anker",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Ouders van jonge kinderen ontmoeten elkaar op donderdagochtend in Buurthuis Het Anker, ook ouders "
        "die nog niet zo goed Nederlands spreken.",
        keywords="peuter, baby, ouders, ontmoeten, spelen",
        max_age=4,
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply=WALK_IN,
        languages="Nederlands, Arabisch, Turks",
    ),
    ServiceRef(
        ref.CJG,
        "Ouder-kindochtend Rivierenhuis",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Op woensdagochtend een speelochtend voor peuters en hun ouders of grootouders in het Rivierenhuis.",
        keywords="peuter, opa en oma, ouders, spelen",
        max_age=4,
        districts=(CENTRUM_OOST,),
        place=RIVIERENHUIS,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.CJG,
        "Ouder-kindochtend Huygenhoek",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Speelochtend voor baby's en peuters in het Huygenhuis, met elke maand een thema zoals slapen, eten "
        "of zindelijkheid.",
        keywords="peuter, baby, ouders, slapen, zindelijk",
        max_age=4,
        districts=(ZUID,),
        place=HUYGENHUIS,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        MAATJESWERK,
        "Gezinsmaatje",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Heeft u jonge kinderen en staat u er vaak alleen voor? Een ervaren ouder komt elke week een paar uur "
        "bij u thuis, voor een luisterend oor en praktische hulp.",
        keywords="alleenstaande ouder, jong gezin, steun, vrijwilliger, overbelast",
        target_group="Gezinnen met ten minste één kind tot 12 jaar",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Groep voor alleenstaande ouders",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Eens per twee weken ontmoeten alleenstaande ouders elkaar. U deelt ervaringen en tips, terwijl de "
        "kinderen worden opgevangen.",
        keywords="alleenstaande ouder, eenoudergezin, ontmoeten, steun",
        place=STADSHART,
        how_to_apply="Meld u aan bij het MET-team.",
    ),
    ServiceRef(
        ref.MET,
        "Mantelzorgondersteuning",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Advies, een luisterend oor en respijtzorg voor wie zorgt voor een naaste. Het mantelzorgsteunpunt "
        "van MET helpt u om de zorg vol te houden.",
        keywords="mantelzorg, zorgen voor partner, overbelast, ontlasten, respijt",
        target_group="Mantelzorgers",
        how_to_apply=CALL_OR_MAIL,
        email="mantelzorg@met-welzijn.example",
    ),
    ServiceRef(
        ref.MET,
        "Mantelzorgconsulent",
        NEARBY,
        ("domestic_relations", "mental_health"),
        "Zorgt u voor een ander en wordt het u te veel? De mantelzorgconsulent komt bij u thuis, kijkt wat u "
        "zwaar valt en regelt samen met u hulp en tijd voor uzelf.",
        keywords="mantelzorg, overbelast, moe, zorgen voor ouder, respijt",
        target_group="Mantelzorgers",
        how_to_apply=CALL_OR_MAIL,
        email="mantelzorg@met-welzijn.example",
    ),
    ServiceRef(
        ref.MET,
        "Mantelzorgcafé",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Elke maand een avond voor mantelzorgers, met een spreker over een onderwerp zoals dementie of "
        "regelzaken. Vooral ook: even bijpraten met mensen die het herkennen.",
        keywords="mantelzorg, lotgenoten, ontmoeten, informatie",
        place=HET_MOLENHUIS,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.MET,
        "Jonge mantelzorgers",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Zorgt u thuis voor uw vader, moeder, broer of zus? Bij de groep jonge mantelzorgers doet u leuke "
        "dingen met jongeren die hetzelfde meemaken, en kunt u uw verhaal kwijt.",
        keywords="jonge mantelzorger, zieke ouder, zorgen thuis, jongeren",
        min_age=8,
        max_age=23,
        how_to_apply="Meld u aan via de website of vraag uw mentor.",
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Even vrij: vrijwilliger bij uw naaste",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Een vrijwilliger blijft een dagdeel bij uw partner of ouder, zodat u met een gerust hart even iets "
        "voor uzelf kunt doen.",
        keywords="respijtzorg, oppas, mantelzorg ontlasten, vrije tijd",
        target_group="Mantelzorgers",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Mantelzorgwaardering",
        GENERAL,
        ("domestic_relations",),
        "Als dank voor uw zorg krijgt u elk jaar een cadeaubon van de gemeente. Aanvragen kan in november "
        "en december.",
        keywords="mantelzorgcompliment, cadeau, waardering, bedankje",
        target_group="Mantelzorgers van inwoners van Heerhugowaard",
        how_to_apply="Vraag het online aan of via het mantelzorgsteunpunt van MET.",
    ),
    ServiceRef(
        PLEEGZORG,
        "Informatieavond pleegouder worden",
        GENERAL,
        ("domestic_relations",),
        "Wilt u een kind een tijdelijk of vast thuis bieden? Op de informatieavond hoort u van pleegouders "
        "hoe het is, en wat erbij komt kijken.",
        keywords="pleegouder, pleeggezin, pleegkind",
        min_age=21,
        how_to_apply="Meld u aan via de website.",
    ),
    ServiceRef(
        ref.CJG,
        "Jeugd- en gezinscoach",
        NEARBY,
        ("domestic_relations", "mental_health", "work_education"),
        "Zorgen over uw kind of over het gezin? De jeugd- en gezinscoach praat met u en uw kind, helpt meteen "
        "waar het kan en regelt extra hulp als dat nodig is.",
        keywords="zorgen om kind, gezinsproblemen, opvoeden, jeugdhulp",
        max_age=23,
        how_to_apply="Bel het jeugd- en gezinsteam of spreek de coach aan op school.",
    ),
    ServiceRef(
        ref.CJG,
        "Jeugd- en gezinscoach op de scholen in Noord",
        NEARBY,
        ("domestic_relations", "work_education"),
        "Op elke basisschool in de Schilderwijk, De Noord, Heemradenwijk en De Draai heeft de jeugd- en "
        "gezinscoach een vast spreekuur voor ouders.",
        keywords="school, zorgen om kind, spreekuur, ouders",
        max_age=12,
        districts=(NOORD,),
        how_to_apply="Vraag de leerkracht of loop binnen op het spreekuur.",
    ),
    ServiceRef(
        ref.CJG,
        "Jeugd- en gezinscoach op de scholen in West",
        NEARBY,
        ("domestic_relations", "work_education"),
        "De jeugd- en gezinscoach is elke week op de basisscholen in de Planetenwijk, Schrijverswijk en "
        "Bomenwijk. U kunt zonder afspraak langskomen.",
        keywords="school, zorgen om kind, spreekuur, ouders",
        max_age=12,
        districts=(WEST,),
        how_to_apply="Loop binnen op het spreekuur op school.",
    ),
    ServiceRef(
        ref.CJG,
        "Jeugd- en gezinscoach op de scholen in Centrum-Oost",
        NEARBY,
        ("domestic_relations", "work_education"),
        "Op de basisscholen in Centrum-Oost werkt de jeugd- en gezinscoach samen met de intern begeleider. "
        "Ook ouders van peuters kunnen terecht.",
        keywords="school, zorgen om kind, peuter, ouders",
        max_age=12,
        districts=(CENTRUM_OOST,),
        how_to_apply="Vraag de leerkracht of bel het CJG.",
    ),
    ServiceRef(
        ref.CJG,
        "Jeugd- en gezinscoach op de scholen in Zuid",
        NEARBY,
        ("domestic_relations", "work_education"),
        "In Butterhuizen, Zuidwijk, Stad van de Zon en Huygenhoek houdt de jeugd- en gezinscoach spreekuur "
        "op school en in het Huygenhuis.",
        keywords="school, zorgen om kind, spreekuur, ouders",
        max_age=12,
        districts=(ZUID,),
        place=HUYGENHUIS,
        how_to_apply="Loop binnen op het spreekuur.",
    ),
    ServiceRef(
        ref.CJG,
        "Opvoedondersteuning thuis",
        NEARBY,
        ("domestic_relations",),
        "Een pedagoog komt een paar keer bij u thuis en kijkt mee bij de momenten die lastig zijn, zoals "
        "naar bed gaan of eten. U krijgt tips die passen bij uw gezin.",
        keywords="opvoedhulp, gedrag, naar bed, ruzie, thuis",
        max_age=18,
        how_to_apply="Bespreek het met de jeugd- en gezinscoach.",
    ),
    ServiceRef(
        ref.CJG,
        "Praktijkondersteuner jeugd bij de huisarts",
        NEARBY,
        ("domestic_relations", "mental_health"),
        "Bij veel huisartsen werkt een praktijkondersteuner jeugd. Zij helpt kinderen en ouders bij "
        "somberheid, angst, slaapproblemen of gedrag, een paar gesprekken lang.",
        keywords="poh jeugd, angst, somber, huisarts, kind",
        max_age=18,
        referral=True,
        how_to_apply="Via uw huisarts.",
    ),
    ServiceRef(
        ref.CJG,
        "Hulp bij scheiden",
        NEARBY,
        ("domestic_relations", "mental_health"),
        "Gaat u uit elkaar en heeft u kinderen? Een coach helpt u afspraken te maken over de kinderen en "
        "samen ouders te blijven.",
        keywords="scheiding, ouderschapsplan, uit elkaar, omgang",
        how_to_apply="Bel het CJG voor een afspraak.",
    ),
    ServiceRef(
        MAATJESWERK,
        "Steunouder",
        NEARBY,
        ("domestic_relations",),
        "Een steunouder is een vrijwillig gezin waar uw kind één weekend per maand logeert. Zo heeft u even "
        "rust en heeft uw kind een extra plek waar het welkom is.",
        keywords="logeren, weekend, ontlasten, steungezin",
        max_age=18,
        referral=True,
        how_to_apply="Via de jeugd- en gezinscoach.",
    ),
    ServiceRef(
        ref.MET,
        "Maatschappelijk werk",
        NEARBY,
        ("domestic_relations", "mental_health", "finances"),
        "Loopt u vast met relaties, geld, rouw of andere zorgen? De maatschappelijk werker praat met u en "
        "helpt u stap voor stap verder.",
        keywords="problemen, zorgen, relatie, rouw, hulpverlener, praten",
        min_age=18,
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        VEILIG_THUIS,
        "Advies bij huiselijk geweld en kindermishandeling",
        NEARBY,
        ("domestic_relations", "justice"),
        "Wordt u thuis bedreigd of geslagen, of maakt u zich zorgen om iemand anders? Bel voor advies of om "
        "een melding te doen. Dat kan ook anoniem. Bij direct gevaar belt u 112.",
        keywords="huiselijk geweld, mishandeling, slaan, bedreigen, onveilig thuis, ouderenmishandeling",
        how_to_apply="Bel dag en nacht, ook als u twijfelt.",
        languages="Nederlands, Engels; tolk via de telefoon",
    ),
    ServiceRef(
        KOMPAS,
        "Ambulante jeugdhulp (Jeugdwet)",
        CUSTOMISED,
        ("domestic_relations", "mental_health"),
        "Een jeugdhulpverlener werkt een aantal maanden met uw kind en met u, thuis of op school. Bijvoorbeeld "
        "bij boosheid, angst of problemen na een ingrijpende gebeurtenis.",
        keywords="jeugdhulp, gedrag, boosheid, angst, begeleiding kind",
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply=APPLY_YOUTH,
    ),
    ServiceRef(
        KOMPAS,
        "Intensieve gezinsbegeleiding (Jeugdwet)",
        CUSTOMISED,
        ("domestic_relations",),
        "Als er thuis zoveel speelt dat het gezin vastloopt, komt een gezinsbegeleider een paar keer per week. "
        "Samen werkt u aan rust, regels en veiligheid.",
        keywords="gezinsproblemen, vastlopen, ruzie thuis, uithuisplaatsing voorkomen",
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply=APPLY_YOUTH,
    ),
    ServiceRef(
        KOMPAS,
        "Gezinshuis (Jeugdwet)",
        CUSTOMISED,
        ("domestic_relations", "housing"),
        "Kan een kind niet thuis wonen, dan kan het in een gezinshuis wonen: een gewoon huis met "
        "gezinshuisouders die hier hun beroep van maken.",
        keywords="uithuisplaatsing, wonen, gezinshuis, niet thuis wonen",
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply=APPLY_YOUTH,
    ),
    ServiceRef(
        KOMPAS,
        "Logeeropvang voor kinderen met een beperking (Jeugdwet)",
        CUSTOMISED,
        ("domestic_relations", "daytime_activities"),
        "Uw kind logeert één weekend per maand in een logeerhuis met begeleiding. U krijgt even rust, uw kind "
        "heeft een leuk weekend.",
        keywords="logeren, ontlasten, beperking, weekend, respijt",
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply=APPLY_YOUTH,
    ),
    ServiceRef(
        KOMPAS,
        "Dagbehandeling voor jonge kinderen (Jeugdwet)",
        CUSTOMISED,
        ("domestic_relations", "mental_health"),
        "Voor peuters en kleuters met een achterstand in hun ontwikkeling of met gedragsproblemen: een paar "
        "dagdelen per week in een kleine groep, met ouderbegeleiding.",
        keywords="ontwikkelingsachterstand, peuter, gedrag, behandeling",
        min_age=2,
        max_age=7,
        cost=FREE_YOUTH,
        how_to_apply=APPLY_YOUTH,
    ),
    ServiceRef(
        KOMPAS,
        "Crisishulp jeugd",
        CUSTOMISED,
        ("domestic_relations", "mental_health"),
        "Bij een acute crisis in een gezin komt een crisisteam binnen een paar uur. Soms is een korte opvang "
        "buiten huis nodig.",
        keywords="crisis, spoed, acuut, weglopen, geweld",
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply="Via de jeugd- en gezinscoach, de huisarts of Veilig Thuis; bij gevaar belt u 112.",
    ),
    ServiceRef(
        KOMPAS,
        "Verlengde jeugdhulp",
        CUSTOMISED,
        ("domestic_relations", "work_education"),
        "Heeft u jeugdhulp en wordt u 18? Dan kan de hulp doorlopen tot uw 23e, als dat nodig is om uw "
        "opleiding af te maken of zelfstandig te wonen.",
        keywords="18 jaar, jongvolwassene, jeugdhulp na 18",
        min_age=18,
        max_age=22,
        cost=FREE_YOUTH,
        how_to_apply="Bespreek het voor uw 18e met uw jeugdhulpverlener.",
    ),
    ServiceRef(
        PLEEGZORG,
        "Pleegzorg",
        CUSTOMISED,
        ("domestic_relations", "housing"),
        "Kan uw kind tijdelijk niet thuis wonen? In een pleeggezin groeit het op in een gewoon gezin. Het "
        "contact met u blijft, en u krijgt begeleiding.",
        keywords="pleeggezin, pleegkind, uithuisplaatsing",
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply=APPLY_YOUTH,
    ),
    ServiceRef(
        ref.JEUGDBESCHERMING,
        "Jeugdbescherming",
        CUSTOMISED,
        ("domestic_relations", "justice"),
        "Als de veiligheid van een kind ernstig in gevaar is, kan de rechter een jeugdbeschermer aanwijzen. "
        "Die helpt het gezin en zorgt dat het kind veilig opgroeit.",
        keywords="ondertoezichtstelling, ots, kinderrechter, gezinsvoogd",
        max_age=17,
        cost="Gratis",
        how_to_apply="Alleen via de kinderrechter, na een onderzoek van de Raad voor de Kinderbescherming.",
    ),
    ServiceRef(
        MIDDENWAARD,
        "Logeerhuis voor ouderen: kortdurend verblijf (Wmo)",
        CUSTOMISED,
        ("domestic_relations", "basic_adl"),
        "Uw partner of ouder logeert een paar dagen in het logeerhuis, met zorg. Zo kunt u als mantelzorger "
        "even bijkomen of op vakantie.",
        keywords="respijtzorg, logeren, mantelzorg ontlasten, vakantie mantelzorger",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        DAK_EN_BED,
        "Vrouwenopvang",
        CUSTOMISED,
        ("domestic_relations", "housing", "justice"),
        "Een veilige plek op een geheim adres voor vrouwen en hun kinderen die thuis niet veilig zijn. U krijgt "
        "begeleiding om daarna veilig verder te kunnen.",
        keywords="huiselijk geweld, onveilig, blijf van mijn lijf, opvang, vluchten",
        how_to_apply="Via Veilig Thuis, de politie of het MET-team; bij direct gevaar belt u 112.",
    ),
    ServiceRef(
        CLIENTONDERSTEUNING,
        "Mantelzorgmakelaar",
        GENERAL,
        ("domestic_relations", "instrumental_adl"),
        "Een mantelzorgmakelaar neemt regelwerk van u over: aanvragen, formulieren en gesprekken met "
        "instanties. Zo houdt u meer tijd over voor uw naaste.",
        keywords="mantelzorg, regelen, aanvragen, regelwerk",
        target_group="Mantelzorgers",
        cost="Vaak vergoed door uw aanvullende zorgverzekering of werkgever",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Kinderopvang op sociaal-medische indicatie",
        CUSTOMISED,
        ("domestic_relations", "work_education"),
        "Kunt u door ziekte, een beperking of een crisis tijdelijk niet voor uw kind zorgen? Dan betaalt de "
        "gemeente soms de kinderopvang.",
        keywords="kinderopvang, opvang, ziek, crisis, ouders",
        max_age=12,
        cost="Eigen bijdrage naar inkomen",
        how_to_apply="Bespreek het met de jeugd- en gezinscoach.",
    ),
    # ---- Geestelijke gezondheid -------------------------------------------------------------
    ServiceRef(
        GGZ,
        "Inloophuis Het Open Huis",
        GENERAL,
        ("mental_health", "social_network"),
        "Een huiskamer voor mensen met psychische klachten. U kunt er koffie drinken, meedoen aan een "
        "activiteit of praten met een ervaringsdeskundige. U hoeft niets te vertellen als u dat niet wilt.",
        keywords="psychische klachten, inloop, huiskamer, eenzaam, ervaringsdeskundige",
        min_age=18,
        place=Place("Opaalstraat 5", "1703OS", accessibility="Rolstoeltoegankelijk"),
        how_to_apply=WALK_IN + " Maandag t/m vrijdag van 10.00 tot 16.00 uur.",
    ),
    ServiceRef(
        GGZ,
        "Herstelacademie",
        GENERAL,
        ("mental_health", "work_education"),
        "Cursussen en workshops door ervaringsdeskundigen, over omgaan met stress, uw eigen herstel en weer "
        "grip krijgen op uw leven. Voor iedereen, met of zonder diagnose.",
        keywords="herstel, cursus, stress, ervaringsdeskundige, psychisch",
        min_age=18,
        how_to_apply="Meld u aan via de website.",
    ),
    ServiceRef(
        GGZ,
        "Steunpunt voor naasten",
        GENERAL,
        ("mental_health", "domestic_relations"),
        "Heeft uw partner, kind of ouder psychische problemen? Bij het steunpunt vindt u informatie, "
        "gespreksgroepen en een luisterend oor.",
        keywords="familie, naasten, psychische ziekte, partner, zorgen",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        GGZ,
        "Gespreksgroep voor kinderen van ouders met psychische problemen",
        GENERAL,
        ("mental_health", "domestic_relations"),
        "Heeft uw vader of moeder psychische problemen of een verslaving? In deze groep praat u met andere "
        "kinderen en jongeren die dat ook meemaken.",
        keywords="kopp, ouder ziek, depressie ouder, kinderen",
        min_age=8,
        max_age=18,
        how_to_apply="Ouders, school of de jeugd- en gezinscoach melden u aan.",
    ),
    ServiceRef(
        GGD,
        "Cursus Minder piekeren",
        GENERAL,
        ("mental_health",),
        "Ligt u 's nachts wakker van zorgen? In zes bijeenkomsten leert u hoe u piekergedachten kunt "
        "stoppen en beter ontspant.",
        keywords="piekeren, slapen, stress, zorgen, somber",
        min_age=18,
        cost="€ 10 voor de hele cursus",
        how_to_apply="Meld u aan via de website van de GGD.",
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Praatlijn De Waard",
        GENERAL,
        ("mental_health", "social_network"),
        "Wilt u even met iemand praten? Voelt u zich eenzaam of zit u ergens mee? Vrijwilligers luisteren naar "
        "u, elke dag van 8.00 tot 23.00 uur. U hoeft uw naam niet te noemen.",
        keywords="eenzaam, praten, luisterend oor, telefoon, anoniem, alleen",
        phone="072 000 40 10",
        how_to_apply="Bel de praatlijn.",
    ),
    ServiceRef(
        ref.MET,
        "Chat met een jongerenwerker",
        GENERAL,
        ("mental_health", "social_network"),
        "Zit u ergens mee en wilt u er niet meteen over praten? Chat anoniem met een jongerenwerker, op "
        "doordeweekse avonden.",
        keywords="chat, anoniem, praten, jongeren, problemen",
        min_age=12,
        max_age=23,
        website="https://www.met-welzijn.example/chat",
        how_to_apply="Ga naar de chat op de website.",
    ),
    ServiceRef(
        TERMINALE_ZORG,
        "Rouwgroep",
        GENERAL,
        ("mental_health", "social_network"),
        "Heeft u iemand verloren? In de rouwgroep praat u met anderen die ook een dierbare hebben verloren, "
        "onder leiding van een ervaren begeleider.",
        keywords="rouw, verdriet, overlijden, verlies, weduwe",
        cost="€ 25 voor acht bijeenkomsten",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        MIDDENWAARD,
        "Dementiecafé",
        GENERAL,
        ("mental_health", "social_network"),
        "Een open avond voor mensen met dementie, hun familie en iedereen die meer wil weten. Met een "
        "deskundige en tijd om na te praten.",
        keywords="dementie, alzheimer, geheugen, mantelzorg",
        place=HET_MOLENHUIS,
        how_to_apply=WALK_IN + " Elke tweede dinsdag van de maand om 19.30 uur.",
    ),
    ServiceRef(
        OP_KOERS,
        "Autismecafé",
        GENERAL,
        ("mental_health", "social_network"),
        "Ontmoeting voor volwassenen met autisme en hun naasten, in een rustige omgeving. Soms met een "
        "spreker, altijd met ruimte voor eigen vragen.",
        keywords="autisme, ass, ontmoeten, lotgenoten",
        min_age=16,
        place=DE_SCHRIJVER,
        how_to_apply=WALK_IN + " Elke eerste donderdag van de maand.",
    ),
    ServiceRef(
        MIDDENWAARD,
        "Lotgenotengroep hersenletsel",
        GENERAL,
        ("mental_health", "social_network"),
        "Voor mensen met hersenletsel en hun partners: ervaringen delen en tips uitwisselen over vermoeidheid, "
        "concentratie en werk.",
        keywords="nah, hersenletsel, beroerte, lotgenoten",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        GGZ,
        "Sociaal psychiatrisch verpleegkundige in de wijk",
        NEARBY,
        ("mental_health",),
        "De sociaal psychiatrisch verpleegkundige werkt samen met de MET-teams. Zij komt bij u thuis als u "
        "psychisch vastloopt en zoekt met u naar passende hulp.",
        keywords="spv, psychische problemen, verward, somber, hulp thuis",
        min_age=18,
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        GGZ,
        "Herstelcoach",
        NEARBY,
        ("mental_health", "community_participation"),
        "Een ervaringsdeskundige herstelcoach helpt u na een moeilijke periode weer meedoen: met een dagritme, "
        "contacten en dingen die u belangrijk vindt.",
        keywords="herstel, ervaringsdeskundige, meedoen, coach",
        min_age=18,
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        MIDDENWAARD,
        "Casemanager dementie",
        NEARBY,
        ("mental_health", "domestic_relations"),
        "Na de diagnose dementie is de casemanager uw vaste aanspreekpunt. Zij helpt u en uw naasten met "
        "vragen, regelt hulp en denkt vooruit.",
        keywords="dementie, alzheimer, diagnose, geheugen, vergeetachtig",
        referral=True,
        how_to_apply="Via uw huisarts of de geheugenpolikliniek.",
    ),
    ServiceRef(
        ref.MET,
        "Jongerencoach",
        NEARBY,
        ("mental_health", "work_education"),
        "Loopt u vast met school, thuis of uw toekomst? Een jongerencoach helpt u een paar maanden om weer "
        "grip te krijgen.",
        keywords="jongeren, coach, school, problemen, toekomst",
        min_age=12,
        max_age=23,
        how_to_apply="App de jongerenwerker of vraag uw mentor.",
    ),
    ServiceRef(
        GGZ,
        "Praktijkondersteuner ggz bij de huisarts",
        NEARBY,
        ("mental_health",),
        "Heeft u last van somberheid, angst of stress? De praktijkondersteuner ggz bij uw huisarts voert een "
        "paar gesprekken met u en kijkt of meer hulp nodig is.",
        keywords="poh ggz, somber, angst, stress, huisarts, psycholoog",
        min_age=18,
        referral=True,
        cost="Gratis; valt niet onder het eigen risico",
        how_to_apply="Via uw huisarts.",
    ),
    ServiceRef(
        ref.CJG,
        "Hulp bij rouw voor kinderen",
        NEARBY,
        ("mental_health", "domestic_relations"),
        "Is er iemand overleden in de familie? Een rouwbegeleider voor kinderen helpt uw kind, en u, om met "
        "het verdriet om te gaan.",
        keywords="rouw, overlijden, verdriet, kind, verlies",
        max_age=18,
        how_to_apply="Bel het CJG of vraag de jeugd- en gezinscoach.",
    ),
    ServiceRef(
        GGZ,
        "Begeleiding bij psychische problemen (Wmo)",
        CUSTOMISED,
        ("mental_health", "instrumental_adl"),
        "Een vaste begeleider helpt u thuis om uw dag te structureren, afspraken na te komen en grip te houden "
        "op huishouden en geld.",
        keywords="ambulante begeleiding, psychisch, structuur, ggz",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        GGZ,
        "Jeugd-ggz (Jeugdwet)",
        CUSTOMISED,
        ("mental_health", "domestic_relations"),
        "Behandeling voor kinderen en jongeren met bijvoorbeeld angst, depressie, ADHD of een eetstoornis. "
        "Ouders worden erbij betrokken.",
        keywords="adhd, angst, depressie, eetstoornis, psycholoog kind",
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply="Via uw huisarts, de jeugdarts of de jeugd- en gezinscoach.",
    ),
    ServiceRef(
        MIDDENWAARD,
        "Ondersteuning thuis bij dementie (Wmo)",
        CUSTOMISED,
        ("mental_health", "instrumental_adl"),
        "Een begeleider komt een paar keer per week om samen de dag door te nemen, afspraken te regelen en "
        "uw mantelzorger te ontlasten.",
        keywords="dementie, begeleiding thuis, geheugen, structuur",
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    # ---- Lichamelijke gezondheid ------------------------------------------------------------
    ServiceRef(
        UITLEENPUNT,
        "Rolstoeluitleen",
        GENERAL,
        ("physical_health", "instrumental_adl"),
        "Heeft u voor korte tijd een rolstoel nodig, bijvoorbeeld na een operatie of voor een dagje uit? U "
        "kunt een rolstoel lenen, tot zes maanden lang.",
        keywords="rolstoel lenen, tijdelijk, na operatie, gebroken been, dagje uit",
        cost="Gratis met uw zorgverzekering; anders € 5 per week",
        how_to_apply="Haal de rolstoel op met uw legitimatie en zorgpas; bezorgen kan ook.",
    ),
    ServiceRef(
        UITLEENPUNT,
        "Hulpmiddelen lenen: rollator, krukken en douchestoel",
        GENERAL,
        ("physical_health", "basic_adl"),
        "Leen voor korte tijd een rollator, krukken, een douchestoel of een toiletverhoger.",
        keywords="rollator, krukken, douchestoel, toiletverhoger, lenen",
        cost="Gratis met uw zorgverzekering; anders een kleine vergoeding",
        how_to_apply="Loop binnen tijdens de openingstijden.",
    ),
    ServiceRef(
        SPORTSERVICE,
        "Cursus In balans: niet meer vallen",
        GENERAL,
        ("physical_health", "daytime_activities"),
        "Bent u bang om te vallen? In tien lessen oefent u balans en kracht, en leert u hoe u veilig opstaat "
        "als u toch valt.",
        keywords="valpreventie, vallen, balans, evenwicht, ouderen",
        min_age=65,
        cost="€ 20; vaak vergoed door uw aanvullende verzekering",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        SPORTSERVICE,
        "Beweegmaatje",
        GENERAL,
        ("physical_health", "social_network"),
        "Wilt u meer bewegen, maar lukt het niet alleen? Een vrijwillig beweegmaatje wandelt of fietst elke "
        "week met u.",
        keywords="bewegen, wandelen, maatje, fietsen, motivatie",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        GGD,
        "Stoppen met roken",
        GENERAL,
        ("physical_health", "substance_use"),
        "Wilt u stoppen met roken? U krijgt gratis begeleiding in een groep of alleen, en hulp bij het "
        "kiezen van nicotinevervangers.",
        keywords="roken, sigaretten, stoppen, nicotine, vapen",
        min_age=16,
        cost="Gratis; vergoed door uw zorgverzekering",
        how_to_apply="Meld u aan via de website van de GGD of via uw huisarts.",
    ),
    ServiceRef(
        ref.MET,
        "Kookcursus gezond en goedkoop",
        GENERAL,
        ("physical_health", "finances"),
        "Leer in vier lessen gezonde maaltijden koken voor weinig geld. Na afloop eten we samen wat we "
        "gekookt hebben.",
        keywords="koken, gezond eten, goedkoop, budget, recepten",
        place=RIVIERENHUIS,
        cost="€ 5 voor vier lessen",
        how_to_apply="Meld u aan bij het MET-team.",
    ),
    ServiceRef(
        GGD,
        "Spreekuur seksuele gezondheid",
        GENERAL,
        ("physical_health",),
        "Vragen over seks, relaties, anticonceptie of een soa? Maak een afspraak voor een gratis en "
        "vertrouwelijk gesprek of een soa-test.",
        keywords="soa, anticonceptie, seks, test, vertrouwelijk",
        min_age=12,
        max_age=25,
        how_to_apply="Maak een afspraak via de website of de telefoon.",
    ),
    ServiceRef(
        MIDDENWAARD,
        "Personenalarmering",
        GENERAL,
        ("physical_health", "basic_adl"),
        "Met een alarmknop om uw pols of hals roept u hulp in als u bent gevallen of onwel wordt. Een "
        "centrale belt uw contactpersonen of stuurt hulp.",
        keywords="alarmknop, gevallen, noodknop, alleen wonen, alarm",
        cost="€ 20 per maand",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        MIDDENWAARD,
        "Restaurant De Molenaar: lunch voor de buurt",
        GENERAL,
        ("physical_health", "social_network", "instrumental_adl"),
        "Het restaurant in het woonzorgcentrum is open voor iedereen uit de buurt. Een warme lunch voor een "
        "vriendelijke prijs, samen met anderen.",
        keywords="eten, warme maaltijd, lunch, samen eten, restaurant",
        accessibility=ACCESSIBLE,
        cost="€ 8 voor een driegangenlunch",
        how_to_apply=WALK_IN + " Elke dag van 12.00 tot 13.30 uur.",
    ),
    ServiceRef(
        TERMINALE_ZORG,
        "Vrijwilligers in de laatste levensfase",
        GENERAL,
        ("physical_health", "domestic_relations", "social_network"),
        "Wilt u thuis sterven, of wil uw naaste dat? Getrainde vrijwilligers waken bij de zieke, ook 's "
        "nachts, zodat de familie kan slapen.",
        keywords="terminaal, sterven, palliatief, waken, laatste fase",
        how_to_apply="Bel ons, ook 's avonds en in het weekend.",
    ),
    ServiceRef(
        ref.S1,
        "Wijkverpleging",
        NEARBY,
        ("physical_health", "basic_adl"),
        "Verpleging en verzorging thuis, bijvoorbeeld bij wassen en aankleden of medicijnen. De "
        "wijkverpleegkundige bepaalt met u welke zorg u nodig heeft.",
        keywords="thuiszorg, verzorging, wassen, aankleden, medicijnen, wondzorg",
        cost=NURSING_COST,
        how_to_apply="Bel ons zelf of vraag uw huisarts.",
        email="wijkverpleging@s1.example",
    ),
    ServiceRef(
        ref.S1,
        "Spreekuur wijkverpleegkundige Noord",
        NEARBY,
        ("physical_health", "basic_adl"),
        "De wijkverpleegkundige van S1 houdt elke maandag spreekuur in Buurthuis De Linde. Voor vragen over "
        "gezondheid, zorg thuis of hulpmiddelen.",
        keywords="thuiszorg, gezondheid, zorg thuis, verpleegkundige",
        districts=(NOORD,),
        place=DE_LINDE,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.EVEAN,
        "Spreekuur wijkverpleegkundige West",
        NEARBY,
        ("physical_health", "basic_adl"),
        "In West is de wijkverpleegkundige van Evean elke dinsdag in Buurthuis Het Anker. U kunt ook uw "
        "bloeddruk laten meten.",
        keywords="thuiszorg, bloeddruk, gezondheid, verpleegkundige",
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.DPRS,
        "Spreekuur wijkverpleegkundige Centrum-Oost",
        NEARBY,
        ("physical_health", "basic_adl"),
        "De wijkverpleegkundige van DPRS houdt op donderdag spreekuur in het Rivierenhuis. Ook voor "
        "mantelzorgers met vragen over de verzorging van hun naaste.",
        keywords="thuiszorg, verzorging, mantelzorg, verpleegkundige",
        districts=(CENTRUM_OOST,),
        place=RIVIERENHUIS,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.S1,
        "Spreekuur wijkverpleegkundige Zuid",
        NEARBY,
        ("physical_health", "basic_adl"),
        "Elke woensdag kunt u in het Huygenhuis terecht bij de wijkverpleegkundige van S1, met vragen over "
        "gezondheid, medicijnen of zorg thuis.",
        keywords="thuiszorg, medicijnen, gezondheid, verpleegkundige",
        districts=(ZUID,),
        place=HUYGENHUIS,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        ref.CJG,
        "Gezond gewicht voor kinderen",
        NEARBY,
        ("physical_health", "domestic_relations"),
        "Heeft uw kind overgewicht? Een coach helpt het hele gezin een half jaar lang met gezond eten, "
        "bewegen en slapen.",
        keywords="overgewicht, dik, gezond eten, kinderen, bewegen",
        min_age=4,
        max_age=18,
        referral=True,
        how_to_apply="Via de jeugdarts of uw huisarts.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Rolstoel (Wmo)",
        CUSTOMISED,
        ("physical_health", "instrumental_adl", "community_participation"),
        "Heeft u voor langere tijd een rolstoel nodig om u in en rond uw huis te verplaatsen? Dan kunt u "
        "een rolstoel via de Wmo krijgen, aangepast aan uw lichaam en uw situatie.",
        keywords="rolstoel, elektrische rolstoel, handbewogen rolstoel, lopen lukt niet",
        cost="Gratis: voor een rolstoel betaalt u geen eigen bijdrage.",
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Scootmobiel (Wmo)",
        CUSTOMISED,
        ("physical_health", "instrumental_adl", "community_participation"),
        "Kunt u niet meer ver lopen of fietsen? Met een scootmobiel doet u zelf uw boodschappen en gaat u op "
        "bezoek. Eerst kijken we samen of u hem kunt huren of lenen.",
        keywords="scootmobiel, scooter, vervoer, niet meer lopen",
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Aangepaste fiets (Wmo)",
        CUSTOMISED,
        ("physical_health", "instrumental_adl"),
        "Een driewielfiets of fiets met trapondersteuning, als u door een beperking niet meer op een gewone "
        "fiets kunt.",
        keywords="driewieler, aangepaste fiets, fietsen, evenwicht",
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Sportrolstoel (Wmo)",
        CUSTOMISED,
        ("physical_health", "daytime_activities"),
        "Wilt u sporten en zit u in een rolstoel? De gemeente kan een sportrolstoel of andere "
        "sportvoorziening geven.",
        keywords="rolstoelsport, sportrolstoel, aangepast sporten",
        cost="Gratis",
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Gehandicaptenparkeerkaart",
        CUSTOMISED,
        ("physical_health", "instrumental_adl"),
        "Kunt u door een beperking niet ver lopen? Met een gehandicaptenparkeerkaart parkeert u dicht bij uw "
        "bestemming. Soms is een eigen parkeerplaats bij uw huis mogelijk.",
        keywords="parkeerkaart, invalidenparkeerplaats, parkeren, blauwe kaart",
        cost="€ 95 leges (inclusief medische keuring)",
        how_to_apply="Vraag het online aan; een arts beoordeelt uw aanvraag.",
    ),
    # ---- Middelengebruik --------------------------------------------------------------------
    ServiceRef(
        VERSLAVINGSZORG,
        "Spreekuur alcohol en drugs",
        GENERAL,
        ("substance_use",),
        "Drinkt u meer dan u wilt, of maakt u zich zorgen over uw gebruik? Kom naar het spreekuur voor een "
        "eerlijk gesprek en advies, zonder verwijzing.",
        keywords="alcohol, drank, drugs, blowen, verslaving, te veel drinken",
        min_age=18,
        how_to_apply=WALK_IN + " Elke maandag van 13.00 tot 16.00 uur.",
    ),
    ServiceRef(
        VERSLAVINGSZORG,
        "Jongerenspreekuur over blowen, drinken en gamen",
        GENERAL,
        ("substance_use", "mental_health"),
        "Gebruikt u zelf, of maakt u zich zorgen om een vriend? Praat met een jongerenwerker en een preventiewerker, "
        "zonder dat uw ouders het hoeven te weten.",
        keywords="blowen, wiet, drinken, gamen, lachgas, jongeren",
        min_age=12,
        max_age=23,
        place=DE_SCHRIJVER,
        how_to_apply=WALK_IN + " Op woensdagmiddag.",
    ),
    ServiceRef(
        VERSLAVINGSZORG,
        "Ouderavond over alcohol en drugs",
        GENERAL,
        ("substance_use", "domestic_relations"),
        "Hoe praat u met uw kind over alcohol, blowen en lachgas? Op deze avond krijgt u informatie en tips "
        "van een preventiewerker.",
        keywords="ouders, puber, alcohol, drugs, voorlichting",
        how_to_apply="Meld u aan via de website.",
    ),
    ServiceRef(
        VERSLAVINGSZORG,
        "Zelfhulpgroep verslaving",
        GENERAL,
        ("substance_use", "social_network"),
        "Elke week komen mensen die willen stoppen of gestopt zijn bij elkaar. Zij steunen elkaar om vol te "
        "houden.",
        keywords="verslaving, stoppen, lotgenoten, alcohol, drugs, terugval",
        min_age=18,
        place=HET_MOLENHUIS,
        how_to_apply=WALK_IN + " Elke donderdagavond om 20.00 uur.",
    ),
    ServiceRef(
        VERSLAVINGSZORG,
        "Groep voor naasten van mensen met een verslaving",
        GENERAL,
        ("substance_use", "domestic_relations"),
        "Drinkt of gebruikt uw partner, kind of ouder? In deze groep leert u hoe u voor uzelf zorgt en hoe u "
        "met uw naaste omgaat.",
        keywords="partner drinkt, familie, verslaving, naasten",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        VERSLAVINGSZORG,
        "Hulp bij gokproblemen",
        NEARBY,
        ("substance_use", "finances"),
        "Gokt u meer dan u wilt, online of in de speelhal? Een hulpverlener helpt u te stoppen en kijkt met "
        "u naar de schulden die zijn ontstaan.",
        keywords="gokken, casino, online gokken, schulden, gokverslaving",
        min_age=18,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        VERSLAVINGSZORG,
        "Behandeling bij verslaving",
        NEARBY,
        ("substance_use", "mental_health"),
        "Behandeling voor mensen die verslaafd zijn aan alcohol, drugs of medicijnen: in gesprekken, in een "
        "groep of met een korte opname.",
        keywords="verslavingszorg, afkicken, behandeling, alcohol, drugs",
        min_age=18,
        referral=True,
        cost="Vergoed door uw zorgverzekering; eigen risico",
        how_to_apply="Via uw huisarts.",
    ),
    ServiceRef(
        VERSLAVINGSZORG,
        "Begeleiding thuis bij verslaving (Wmo)",
        CUSTOMISED,
        ("substance_use", "instrumental_adl"),
        "Een begeleider helpt u thuis om uw leven weer op orde te krijgen: dagritme, geld en contact met "
        "instanties, naast of na een behandeling.",
        keywords="begeleiding, verslaving, dagritme, thuis",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    # ---- Basale ADL -------------------------------------------------------------------------
    ServiceRef(
        ref.EVEAN,
        "Training verzorgen voor mantelzorgers",
        GENERAL,
        ("basic_adl", "domestic_relations"),
        "Helpt u uw naaste met wassen, aankleden of uit bed komen? Een verpleegkundige leert u in twee "
        "lessen hoe u dat veilig doet, zonder zelf last van uw rug te krijgen.",
        keywords="tillen, wassen, aankleden, mantelzorg, verzorgen",
        target_group="Mantelzorgers",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        CLIENTONDERSTEUNING,
        "Hulp bij een aanvraag voor langdurige zorg (Wlz)",
        NEARBY,
        ("basic_adl", "community_participation"),
        "Gaat thuis wonen niet meer, ook niet met hulp? Een cliëntondersteuner legt uit wat de Wet langdurige "
        "zorg is en helpt u met de aanvraag bij het CIZ.",
        keywords="verpleeghuis, wlz, ciz, indicatie, opname, zorg",
        how_to_apply=CALL_OR_MAIL,
    ),
    # ---- Instrumentele ADL ------------------------------------------------------------------
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Boodschappendienst",
        GENERAL,
        ("instrumental_adl", "social_network"),
        "Kunt u zelf geen boodschappen meer doen? Een vrijwilliger doet wekelijks boodschappen voor u, of gaat "
        "met u mee naar de winkel. U betaalt alleen de boodschappen.",
        keywords="boodschappen doen, supermarkt, winkelen, boodschappenhulp, boodschappen halen",
        target_group="Ouderen en mensen met een beperking of ziekte",
        phone="072 000 40 00",
        email="boodschappen@vrijwilligerscentrale-hhw.example",
        how_to_apply="Bel de Vrijwilligerscentrale. Binnen een week komt er iemand kennismaken.",
    ),
    ServiceRef(
        RIJDENDE_BUREN,
        "Boodschappenbus",
        GENERAL,
        ("instrumental_adl", "social_network"),
        "Elke dinsdag en vrijdag haalt de boodschappenbus u thuis op en brengt u naar de supermarkt in het "
        "Stadshart. De chauffeur helpt met de tassen. Zo kunt u toch zelf uw boodschappen doen.",
        keywords="boodschappen doen, supermarkt, winkelen, vervoer, boodschappenhulp",
        min_age=65,
        cost="€ 2,50 per rit, heen en terug",
        how_to_apply="Bel uiterlijk de dag ervoor om een plek te reserveren.",
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Maaltijdservice",
        GENERAL,
        ("instrumental_adl", "physical_health"),
        "Elke dag een warme maaltijd aan huis, of samen eten in het buurthuis. U betaalt een kleine bijdrage.",
        keywords="warm eten, maaltijden, koken lukt niet, eten aan huis",
        phone="072 000 40 01",
        cost="€ 8,50 per maaltijd",
        how_to_apply="Bel de Vrijwilligerscentrale; u kunt per week bestellen.",
    ),
    ServiceRef(
        ref.MET,
        "Eetpunt De Linde",
        GENERAL,
        ("instrumental_adl", "social_network"),
        "Elke woensdag om 12.30 uur een driegangenmaaltijd in Buurthuis De Linde, gekookt door vrijwilligers. "
        "Lekker eten en gezelligheid, zodat u niet alleen hoeft te eten.",
        keywords="samen eten, warme maaltijd, alleen eten, eenzaam",
        districts=(NOORD,),
        place=DE_LINDE,
        cost="€ 7,50 per maaltijd",
        how_to_apply="Meld u uiterlijk maandag aan bij het buurthuis.",
    ),
    ServiceRef(
        ref.MET,
        "Eettafel Het Anker",
        GENERAL,
        ("instrumental_adl", "social_network"),
        "Op dinsdag en donderdag eten buurtbewoners samen aan de eettafel in Het Anker. Er is altijd een "
        "vegetarische en een halal maaltijd.",
        keywords="samen eten, halal, maaltijd, alleen eten",
        districts=(WEST,),
        place=HET_ANKER,
        cost="€ 6 per maaltijd",
        how_to_apply="Meld u een dag van tevoren aan.",
    ),
    ServiceRef(
        ref.MET,
        "Samen eten in Het Molenhuis",
        GENERAL,
        ("instrumental_adl", "social_network"),
        "Elke vrijdag koken buurtbewoners voor elkaar in Het Molenhuis. U kunt mee-eten, of meehelpen in de "
        "keuken.",
        keywords="samen eten, koken, maaltijd, buren",
        districts=(CENTRUM_OOST,),
        place=HET_MOLENHUIS,
        cost="€ 5 per maaltijd",
        how_to_apply="Meld u voor donderdag aan.",
    ),
    ServiceRef(
        ref.MET,
        "Eetcafé De Zonnewijzer",
        GENERAL,
        ("instrumental_adl", "social_network"),
        "Eens per twee weken een buurtmaaltijd in De Zonnewijzer, voor jong en oud. Kinderen eten mee voor "
        "de halve prijs.",
        keywords="samen eten, gezin, maaltijd, buurt",
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        cost="€ 6 per maaltijd, kinderen € 3",
        how_to_apply="Meld u aan bij het buurthuis.",
    ),
    ServiceRef(
        THUISHULP,
        "Thuishulp zonder indicatie",
        GENERAL,
        ("instrumental_adl",),
        "Wilt u hulp bij het schoonmaken, zonder aanvraag bij de gemeente? Een vaste hulp komt wekelijks of "
        "eens per twee weken bij u.",
        keywords="schoonmaken, huishoudelijke hulp, poetsen, werkster",
        cost="€ 28 per uur",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        THUISHULP,
        "Was- en strijkservice",
        GENERAL,
        ("instrumental_adl",),
        "Wij halen uw was op, wassen en strijken hem, en brengen hem weer terug.",
        keywords="wassen, strijken, was, kleding",
        cost="€ 12,50 per zak",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        RIJDENDE_BUREN,
        "Vrijwillige vervoersdienst",
        GENERAL,
        ("instrumental_adl", "community_participation"),
        "Kunt u niet zelf rijden en is het openbaar vervoer lastig? Een vrijwilliger brengt u met de auto naar "
        "het ziekenhuis, de kapper of een verjaardag, en haalt u weer op.",
        keywords="vervoer, chauffeur, ziekenhuis, rijden, auto, lift",
        cost="€ 0,35 per kilometer",
        how_to_apply="Bel twee werkdagen van tevoren.",
    ),
    ServiceRef(
        RIJDENDE_BUREN,
        "Buurtbus",
        GENERAL,
        ("instrumental_adl", "community_participation"),
        "Een kleine bus met vrijwillige chauffeurs rijdt elk uur een rondje langs de wijken, het Stadshart en "
        "het station. Instappen kan bij elke halte.",
        keywords="bus, vervoer, openbaar vervoer, station, winkelcentrum",
        cost="€ 1,50 per rit",
        how_to_apply="Stap in bij een halte; u betaalt bij de chauffeur.",
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "DigiD-spreekuur",
        GENERAL,
        ("instrumental_adl", "finances"),
        "Hulp bij het aanvragen en gebruiken van DigiD en de DigiD-app. Neem uw telefoon en identiteitsbewijs "
        "mee.",
        keywords="digid, inloggen, app, overheid, wachtwoord",
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN + " Op woensdag van 14.00 tot 16.00 uur.",
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Hulp bij huisdieren",
        GENERAL,
        ("instrumental_adl",),
        "Ligt u in het ziekenhuis of kunt u tijdelijk niet goed lopen? Een vrijwilliger laat uw hond uit of "
        "verzorgt uw kat.",
        keywords="hond uitlaten, kat, huisdier, dierenoppas",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Praktische hulp thuis voor korte tijd",
        NEARBY,
        ("instrumental_adl", "finances"),
        "Na een ziekenhuisopname, een overlijden of een andere tegenslag: een sociaal werker helpt u een paar "
        "weken om zaken te regelen en hulp te vinden.",
        keywords="tegenslag, regelen, ziekenhuis, overlijden, hulp thuis",
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        SENIORENVERENIGING,
        "Ouderenadviseur",
        NEARBY,
        ("instrumental_adl", "housing", "finances"),
        "Een ouderenadviseur komt bij u thuis en kijkt met u naar wonen, zorg, geld en contacten. U krijgt "
        "advies over wat er mogelijk is en hulp bij de eerste stappen.",
        keywords="ouderen, advies, langer thuis wonen, regelen, zorg",
        min_age=65,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Gesprek met de Wmo-consulent",
        NEARBY,
        ("instrumental_adl", "basic_adl", "housing"),
        "Lukt het niet meer om zelf uw huishouden te doen, u te verplaatsen of mee te doen? De Wmo-consulent "
        "komt bij u thuis voor een gesprek over wat u zelf kunt, wat uw omgeving kan en wat de gemeente kan "
        "doen.",
        keywords="keukentafelgesprek, wmo aanvragen, melding wmo, ondersteuning, hulp thuis",
        how_to_apply="Bel Het Sociaalplein (072 000 00 00) om een melding te doen.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Wmo-consulent in de wijk Noord",
        NEARBY,
        ("instrumental_adl", "basic_adl"),
        "De Wmo-consulent van Noord werkt mee in MET-team 1. U kunt haar zonder afspraak spreken op het "
        "inloopspreekuur in Buurthuis De Linde.",
        keywords="wmo, consulent, hulp thuis, spreekuur",
        districts=(NOORD,),
        place=DE_LINDE,
        how_to_apply=WALK_IN + " Op maandagochtend.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Wmo-consulent in de wijk West",
        NEARBY,
        ("instrumental_adl", "basic_adl"),
        "In West is de Wmo-consulent elke dinsdagochtend in Buurthuis Het Anker, samen met MET-team 2.",
        keywords="wmo, consulent, hulp thuis, spreekuur",
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply=WALK_IN + " Op dinsdagochtend.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Wmo-consulent in de wijk Centrum-Oost",
        NEARBY,
        ("instrumental_adl", "basic_adl"),
        "De Wmo-consulent van Centrum-Oost houdt spreekuur in het Ontmoetingspunt Stadshart, op "
        "woensdagmiddag.",
        keywords="wmo, consulent, hulp thuis, spreekuur",
        districts=(CENTRUM_OOST,),
        place=STADSHART,
        how_to_apply=WALK_IN + " Op woensdagmiddag.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Wmo-consulent in de wijk Zuid",
        NEARBY,
        ("instrumental_adl", "basic_adl"),
        "In Zuid kunt u de Wmo-consulent spreken op donderdagmiddag in Buurthuis De Zonnewijzer.",
        keywords="wmo, consulent, hulp thuis, spreekuur",
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        how_to_apply=WALK_IN + " Op donderdagmiddag.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Huishoudelijke ondersteuning (Wmo)",
        CUSTOMISED,
        ("instrumental_adl",),
        "Hulp bij het schoonhouden van uw huis als u dat zelf niet meer kunt en niemand in uw omgeving het "
        "kan overnemen. Hiervoor is een beschikking nodig.",
        keywords="huishoudelijke hulp, schoonmaken, thuiszorg, poetsen, wmo",
        phone="072 000 00 00",
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        MIDDENWAARD,
        "Begeleiding individueel voor ouderen (Wmo)",
        CUSTOMISED,
        ("instrumental_adl", "social_network"),
        "Een begeleider komt bij u thuis om samen uw week te plannen, post en afspraken te regelen en u te "
        "helpen uw contacten te onderhouden.",
        keywords="begeleiding thuis, ouderen, structuur, regelen",
        min_age=65,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        OP_KOERS,
        "Begeleiding individueel (Wmo)",
        CUSTOMISED,
        ("instrumental_adl", "finances", "daytime_activities"),
        "Vindt u het lastig om uw huishouden, geld en afspraken te regelen, bijvoorbeeld door een licht "
        "verstandelijke beperking of autisme? Een vaste begeleider helpt u thuis, een paar uur per week.",
        keywords="ambulante begeleiding, lvb, autisme, structuur, zelfstandig",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        OP_KOERS,
        "Begeleiding bij autisme (Wmo)",
        CUSTOMISED,
        ("instrumental_adl", "mental_health"),
        "Een begeleider met kennis van autisme helpt u met overzicht en planning, en met situaties die u "
        "spanning geven.",
        keywords="autisme, ass, begeleiding, planning, overprikkeld",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        OP_KOERS,
        "Begeleiding voor jongvolwassenen met een beperking (Wmo)",
        CUSTOMISED,
        ("instrumental_adl", "work_education"),
        "Voor jongvolwassenen met een licht verstandelijke beperking die op zichzelf gaan wonen: hulp bij "
        "geld, huishouden, werk en vriendschappen.",
        keywords="lvb, jongvolwassene, zelfstandig wonen, begeleiding",
        min_age=18,
        max_age=27,
        cost=CAK,
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        DEELTAXI,
        "Wmo-taxi (collectief vervoer)",
        CUSTOMISED,
        ("instrumental_adl", "community_participation"),
        "Kunt u door een beperking niet met de bus of trein? Met een Wmo-pas reist u met de deeltaxi van "
        "deur tot deur, in de regio, voor een klein bedrag per kilometer.",
        keywords="taxi, vervoer, regiotaxi, rolstoeltaxi, wmo-pas, deeltaxi",
        cost="Per rit een bedrag per kilometer, ongeveer zoals de bus",
        how_to_apply=APPLY_WMO,
        accessibility="Rolstoelbus mogelijk",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Persoonsgebonden budget (pgb)",
        CUSTOMISED,
        ("instrumental_adl", "finances"),
        "Wilt u uw hulp zelf inkopen en regelen, bijvoorbeeld bij iemand die u al kent? Dan kunt u vragen om "
        "een pgb in plaats van zorg in natura. U houdt dan zelf de administratie bij.",
        keywords="pgb, budget, zelf zorg inkopen, svb",
        cost="Eigen bijdrage via het CAK, zoals bij zorg in natura",
        how_to_apply=APPLY_WMO,
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Autoaanpassing (Wmo)",
        CUSTOMISED,
        ("instrumental_adl", "physical_health"),
        "Kunt u door een beperking niet meer in een gewone auto rijden of instappen? Soms vergoedt de gemeente "
        "een aanpassing, zoals een draaistoel of handbediening.",
        keywords="auto aanpassen, handbediening, rijden, instappen",
        cost=CAK_ONCE,
        how_to_apply=APPLY_WMO,
    ),
    # ---- Sociaal netwerk --------------------------------------------------------------------
    ServiceRef(
        ref.MET,
        "Samen tegen eenzaamheid",
        GENERAL,
        ("social_network", "mental_health"),
        "Voelt u zich eenzaam, of maakt u zich zorgen om iemand die veel alleen is? Bel of mail Samen tegen "
        "eenzaamheid. Een vrijwilliger luistert en zoekt met u naar een maatje, een buurtkamer of een "
        "activiteit bij u in de wijk.",
        keywords="alleen, niemand om mee te praten, weinig contact, ontmoeting, maatje",
        phone="072 000 50 10",
        email="samen@met-welzijn.example",
        how_to_apply=CALL_OR_MAIL + " U kunt ook iemand anders aanmelden, met diens toestemming.",
    ),
    ServiceRef(
        MAATJESWERK,
        "Maatje voor ouderen",
        GENERAL,
        ("social_network", "daytime_activities"),
        "Voelt u zich eenzaam? Een maatje is een vrijwilliger die elke week bij u langskomt. Samen drinkt u "
        "koffie, maakt u een wandeling of gaat u naar de markt.",
        keywords="eenzaamheid, alleen, bezoek, gezelschap, maatjesproject",
        target_group="Ouderen die weinig mensen zien",
        min_age=60,
        how_to_apply=CALL_OR_MAIL + " U kunt ook iemand anders aanmelden, met diens toestemming.",
    ),
    ServiceRef(
        MAATJESWERK,
        "Maatje bij psychische kwetsbaarheid",
        GENERAL,
        ("social_network", "mental_health"),
        "Heeft u psychische klachten en voelt u zich eenzaam? Een maatje onderneemt elke week iets met u, "
        "zodat u weer vaker buiten komt en nieuwe mensen leert kennen.",
        keywords="eenzaamheid, psychisch, maatje, contact, alleen",
        min_age=18,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        MAATJESWERK,
        "Maatje voor jongeren",
        GENERAL,
        ("social_network", "work_education"),
        "Een student of jonge werkende als maatje: iemand om mee te sporten, te praten over school of gewoon "
        "een film mee te kijken.",
        keywords="jongeren, maatje, buddy, eenzaam, student",
        min_age=12,
        max_age=23,
        how_to_apply="Meld u aan via de website, of laat uw mentor of jeugd- en gezinscoach dat doen.",
    ),
    ServiceRef(
        SENIORENVERENIGING,
        "Huisbezoek voor 75-plussers",
        GENERAL,
        ("social_network", "instrumental_adl"),
        "Een vrijwilliger van de seniorenvereniging komt een keer bij u op bezoek. U praat over hoe het met "
        "u gaat, en hoort welke hulp en activiteiten er in de buurt zijn.",
        keywords="bezoek, ouderen, informatie, eenzaamheid, preventief huisbezoek",
        min_age=75,
        how_to_apply="U krijgt een brief; u kunt ook zelf een bezoek aanvragen.",
    ),
    ServiceRef(
        SENIORENVERENIGING,
        "Telefooncirkel",
        GENERAL,
        ("social_network",),
        "Elke ochtend belt u, op een vaste tijd, iemand uit de cirkel, en wordt u zelf gebeld. Neemt iemand "
        "niet op, dan gaat er iemand kijken. Zo weet u dat er elke dag iemand aan u denkt.",
        keywords="bellen, alleen wonen, veiligheid, eenzaam, contact",
        min_age=65,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        LICHTPUNT,
        "Bezoekvrijwilliger aan huis",
        GENERAL,
        ("social_network",),
        "Komt u door ziekte of een beperking weinig de deur uit? Een vrijwilliger van Het Lichtpunt komt "
        "regelmatig op bezoek voor een praatje of een spelletje.",
        keywords="bezoek, ziek, beperking, eenzaam, gezelschap",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Buurtkamer De Linde",
        GENERAL,
        ("social_network", "community_participation"),
        "Een huiskamer in de Schilderwijk waar u zonder afspraak binnenloopt voor koffie en een praatje. Voelt "
        "u zich eenzaam, dan is hier altijd iemand. Een vrijwilliger weet de weg naar hulp in de buurt.",
        keywords="ontmoeting, eenzaamheid, koffie, inloop, buurthuis",
        districts=(NOORD,),
        place=DE_LINDE,
        how_to_apply=WALK_IN + " Maandag t/m vrijdag van 10.00 tot 16.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Buurtkamer De Draai",
        GENERAL,
        ("social_network", "community_participation"),
        "In de buurtkamer van Wijkcentrum De Draai ontmoeten jonge gezinnen en ouderen elkaar. Er is koffie, "
        "een leestafel en elke week een spelletjesmiddag. Niemand hoeft hier eenzaam te zijn.",
        keywords="ontmoeting, eenzaamheid, spelletjes, koffie, inloop",
        districts=(NOORD,),
        place=DE_DRAAI,
        how_to_apply=WALK_IN + " Dinsdag, donderdag en zaterdag van 10.00 tot 15.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Buurtkamer Het Anker",
        GENERAL,
        ("social_network", "community_participation"),
        "Buurtkamer in de Planetenwijk, met elke dag koffie en een warme soep op vrijdag. Kom gezellig "
        "langs als u zich eenzaam voelt of gewoon wilt bijpraten.",
        keywords="ontmoeting, eenzaamheid, soep, koffie, inloop",
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply=WALK_IN + " Maandag t/m vrijdag van 9.30 tot 15.30 uur.",
        languages="Nederlands, Arabisch, Turks",
    ),
    ServiceRef(
        ref.MET,
        "Buurtkamer De Schrijver",
        GENERAL,
        ("social_network", "community_participation"),
        "Een rustige plek in de Schrijverswijk voor een kop koffie, de krant en een gesprek met buren. Op "
        "woensdag is er een gespreksgroep voor mensen die eenzaam zijn.",
        keywords="ontmoeting, eenzaamheid, gesprek, krant, inloop",
        districts=(WEST,),
        place=DE_SCHRIJVER,
        how_to_apply=WALK_IN + " Maandag, woensdag en vrijdag van 10.00 tot 14.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Buurtkamer Het Molenhuis",
        GENERAL,
        ("social_network", "community_participation"),
        "In Het Molenhuis bent u elke werkdag welkom voor koffie, een spelletje of een praatje. Bewoners "
        "organiseren zelf activiteiten, zoals een bingo en een filmmiddag.",
        keywords="ontmoeting, eenzaamheid, bingo, film, inloop",
        districts=(CENTRUM_OOST,),
        place=HET_MOLENHUIS,
        how_to_apply=WALK_IN + " Maandag t/m vrijdag van 10.00 tot 16.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Buurtkamer Rivierenhuis",
        GENERAL,
        ("social_network", "community_participation"),
        "Voelt u zich eenzaam of zoekt u aanspraak? In het Rivierenhuis drinkt u koffie met buren, en op "
        "donderdag eten we samen een broodje.",
        keywords="ontmoeting, eenzaamheid, lunch, koffie, inloop",
        districts=(CENTRUM_OOST,),
        place=RIVIERENHUIS,
        how_to_apply=WALK_IN + " Dinsdag t/m donderdag van 10.00 tot 14.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Buurtkamer De Zonnewijzer",
        GENERAL,
        ("social_network", "community_participation"),
        "De buurtkamer van Stad van de Zon: een plek om elkaar te ontmoeten, voor jong en oud. Elke "
        "ochtend koffie, elke middag een activiteit. Niemand hoeft eenzaam te zijn.",
        keywords="ontmoeting, eenzaamheid, activiteiten, koffie, inloop",
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        how_to_apply=WALK_IN + " Maandag t/m vrijdag van 9.30 tot 16.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Buurtkamer Butterhuizen",
        GENERAL,
        ("social_network", "community_participation"),
        "Ontmoetingsplek in Wijkcentrum Butterhuizen, met koffie, kranten en een vrijwilliger die de weg "
        "weet in de wijk. Voor wie zich eenzaam voelt of nieuw is in de buurt.",
        keywords="ontmoeting, eenzaamheid, nieuw in de buurt, koffie, inloop",
        districts=(ZUID,),
        place=BUTTERHUIZEN,
        how_to_apply=WALK_IN + " Dinsdag en donderdag van 10.00 tot 16.00 uur.",
    ),
    ServiceRef(
        DE_HERBERG,
        "Inloophuis De Herberg",
        GENERAL,
        ("social_network", "physical_health"),
        "Een warme plek in het centrum voor koffie, soep en een goed gesprek. Iedereen is welkom, ook als u "
        "eenzaam bent of het even niet meer weet.",
        keywords="inloop, soep, koffie, eenzaam, kerk, ontmoeting",
        accessibility=ACCESSIBLE,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        DIACONIE,
        "Koffie-inloop in de Noorderkerk",
        GENERAL,
        ("social_network",),
        "Elke zaterdagochtend staat in de Noorderkerk de koffie klaar voor iedereen uit de buurt, gelovig of "
        "niet.",
        keywords="koffie, kerk, ontmoeting, zaterdag, eenzaam",
        districts=(NOORD,),
        accessibility="Rolstoeltoegankelijk",
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        CARITAS,
        "Koffieochtend in het parochiehuis",
        GENERAL,
        ("social_network",),
        "Op woensdagochtend is het parochiehuis in Zuid open voor koffie en een praatje. Ook rouwenden en "
        "mensen die alleen zijn, zijn welkom.",
        keywords="koffie, kerk, ontmoeting, alleen, eenzaam",
        districts=(ZUID,),
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        DIACONIE,
        "Kerstdiner voor wie alleen is",
        GENERAL,
        ("social_network",),
        "Op eerste kerstdag een feestelijk diner voor iedereen die de kerst anders alleen zou doorbrengen. "
        "Vervoer kan worden geregeld.",
        keywords="kerst, alleen, diner, eenzaam, feestdagen",
        accessibility="Rolstoeltoegankelijk",
        how_to_apply="Meld u vóór 15 december aan.",
    ),
    ServiceRef(
        ref.MET,
        "Burenhulp: buren helpen buren",
        GENERAL,
        ("social_network", "community_participation"),
        "Via het burenhulpnetwerk vraagt u een buurtgenoot om een kleine klus, of biedt u zelf hulp aan. "
        "Denk aan een boodschap meenemen, een lift of even een handje helpen.",
        keywords="buren, burenhulp, klusje, hulp vragen, buurt",
        how_to_apply="Meld u aan via de website of bij de buurtkamer.",
    ),
    ServiceRef(
        ref.MET,
        "Ouderenwerker Noord",
        NEARBY,
        ("social_network", "instrumental_adl"),
        "De ouderenwerker van MET-team 1 komt bij ouderen in Noord thuis die eenzaam zijn of thuis vastlopen. "
        "Samen kijkt u wat u graag weer zou willen doen, en wie daarbij kan helpen.",
        keywords="ouderen, eenzaamheid, huisbezoek, vastlopen, alleen",
        min_age=65,
        districts=(NOORD,),
        how_to_apply=APPLY_TEAM + " U kunt ook een buur of familielid aanmelden.",
    ),
    ServiceRef(
        ref.MET,
        "Ouderenwerker West",
        NEARBY,
        ("social_network", "instrumental_adl"),
        "In de Planetenwijk, Schrijverswijk en Bomenwijk wonen veel ouderen alleen. De ouderenwerker van "
        "MET-team 2 zoekt hen op, helpt met regelzaken en brengt hen in contact met de buurtkamer.",
        keywords="ouderen, alleen wonen, eenzaam, huisbezoek, regelen",
        min_age=65,
        districts=(WEST,),
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        ref.MET,
        "Ouderenwerker Centrum-Oost",
        NEARBY,
        ("social_network", "instrumental_adl"),
        "Vindt u het moeilijk om zelfstandig te blijven wonen, of ziet u bijna niemand meer? De "
        "ouderenwerker van MET-team 3 komt langs en denkt met u mee.",
        keywords="ouderen, eenzaamheid, zelfstandig wonen, huisbezoek",
        min_age=65,
        districts=(CENTRUM_OOST,),
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        ref.MET,
        "Ouderenwerker Zuid",
        NEARBY,
        ("social_network", "instrumental_adl"),
        "De ouderenwerker van MET-team 4 helpt ouderen in Zuid die zich eenzaam voelen of hulp nodig hebben "
        "bij het regelen van zorg, vervoer of activiteiten.",
        keywords="ouderen, eenzaam, zorg regelen, vervoer, huisbezoek",
        min_age=65,
        districts=(ZUID,),
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        ref.MET,
        "Welzijn op recept",
        NEARBY,
        ("social_network", "mental_health"),
        "Heeft u klachten die vooral met eenzaamheid, verlies of stress te maken hebben? Uw huisarts kan u "
        "doorverwijzen naar een welzijnscoach, die met u zoekt naar activiteiten die u goed doen.",
        keywords="huisarts, eenzaamheid, somber, stress, activiteit",
        min_age=18,
        referral=True,
        how_to_apply="Via uw huisarts of praktijkondersteuner.",
    ),
    ServiceRef(
        ref.MET,
        "Familienetwerkberaad",
        NEARBY,
        ("social_network", "domestic_relations"),
        "U nodigt familie, vrienden en buren uit voor een bijeenkomst. Samen maakt u een plan voor uw "
        "situatie. Een onafhankelijke coördinator helpt met de voorbereiding.",
        keywords="netwerk, familie, plan, eigen kracht",
        how_to_apply=APPLY_TEAM,
    ),
    ServiceRef(
        ref.MET,
        "Inloopspreekuur MET-team 1 (Noord)",
        NEARBY,
        ("social_network", "finances", "domestic_relations"),
        "Met elke vraag over zorg, welzijn, geld of opvoeden kunt u terecht bij het MET-team van Noord. Een "
        "sociaal werker luistert en zoekt samen met u naar een oplossing.",
        keywords="sociaal team, wijkteam, hulp vragen, loket, sociaal werker",
        districts=(NOORD,),
        place=DE_LINDE,
        phone="072 000 10 01",
        email="met-team1@heerhugowaard.example",
        how_to_apply=WALK_IN + " Maandag en donderdag van 9.00 tot 11.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Inloopspreekuur MET-team 2 (West)",
        NEARBY,
        ("social_network", "finances", "domestic_relations"),
        "Het MET-team van West helpt u met vragen over zorg, welzijn, geld of opvoeden. Loop binnen in "
        "Buurthuis Het Anker.",
        keywords="sociaal team, wijkteam, hulp vragen, loket, sociaal werker",
        districts=(WEST,),
        place=HET_ANKER,
        phone="072 000 10 02",
        email="met-team2@heerhugowaard.example",
        how_to_apply=WALK_IN + " Dinsdag en vrijdag van 9.00 tot 11.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Inloopspreekuur MET-team 3 (Centrum-Oost)",
        NEARBY,
        ("social_network", "finances", "domestic_relations"),
        "Zit u met een vraag en weet u niet waar u moet beginnen? Het MET-team van Centrum-Oost helpt u "
        "verder, in het Ontmoetingspunt Stadshart.",
        keywords="sociaal team, wijkteam, hulp vragen, loket, sociaal werker",
        districts=(CENTRUM_OOST,),
        place=STADSHART,
        phone="072 000 10 03",
        email="met-team3@heerhugowaard.example",
        how_to_apply=WALK_IN + " Woensdag van 13.30 tot 15.30 uur en vrijdag van 9.00 tot 11.00 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Inloopspreekuur MET-team 4 (Zuid)",
        NEARBY,
        ("social_network", "finances", "domestic_relations"),
        "Het MET-team van Zuid houdt spreekuur in Buurthuis De Zonnewijzer. Voor vragen over zorg, welzijn, "
        "geld, wonen of opvoeden.",
        keywords="sociaal team, wijkteam, hulp vragen, loket, sociaal werker",
        districts=(ZUID,),
        place=DE_ZONNEWIJZER,
        phone="072 000 10 04",
        email="met-team4@heerhugowaard.example",
        how_to_apply=WALK_IN + " Dinsdag en donderdag van 13.30 tot 15.30 uur.",
    ),
    ServiceRef(
        ref.MET,
        "Cursus Nieuwe contacten maken",
        GENERAL,
        ("social_network", "mental_health"),
        "Voelt u zich eenzaam en wilt u daar iets aan doen? In acht bijeenkomsten leert u in een kleine "
        "groep hoe u contact legt en vriendschappen onderhoudt.",
        keywords="eenzaamheid, vriendschap, contact maken, alleen, verlegen",
        min_age=18,
        place=HET_MOLENHUIS,
        cost="€ 10 voor de hele cursus",
        how_to_apply="Meld u aan bij het MET-team.",
    ),
    # ---- Maatschappelijke participatie ------------------------------------------------------
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Het Sociaalplein: informatie en advies",
        GENERAL,
        (
            "community_participation",
            "finances",
            "housing",
            "domestic_relations",
            "instrumental_adl",
            "work_education",
        ),
        "Weet u niet waar u met uw vraag naartoe moet? Het Sociaalplein is de voordeur voor zorg, welzijn, "
        "werk, inkomen en jeugd. Een klantadviseur helpt u meteen, of zorgt dat de juiste persoon u terugbelt.",
        keywords="loket, vraag, hulp, gemeente, wmo, jeugd, inkomen, informatie",
        place=ref.HUIS_VAN_HEERHUGOWAARD,
        phone="072 000 00 00",
        email="sociaalplein@heerhugowaard.example",
        how_to_apply="Bel, mail of kom langs. Maandag t/m vrijdag 8.30–17.00 uur, donderdag tot 20.00 uur.",
        languages="Nederlands, Engels",
    ),
    ServiceRef(
        ref.VRIJWILLIGERSCENTRALE,
        "Vrijwilligerswerk vinden",
        GENERAL,
        ("community_participation", "daytime_activities", "social_network"),
        "Wilt u iets betekenen voor een ander, nieuwe mensen leren kennen of ervaring opdoen? In de "
        "vacaturebank staan honderden klussen, van voorlezen tot de kassa bij de kringloop.",
        keywords="vrijwilliger worden, vacatures, meedoen, zinvol, iets doen",
        min_age=14,
        how_to_apply="Kijk in de vacaturebank of maak een afspraak voor advies.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Buurtbudget voor bewonersinitiatieven",
        GENERAL,
        ("community_participation", "social_network"),
        "Heeft u een idee voor uw buurt, zoals een straatfeest, een moestuin of een buurtbieb? De gemeente "
        "geeft een bijdrage tot € 2.500. Het opbouwwerk helpt u met de aanvraag.",
        keywords="buurtinitiatief, straatfeest, subsidie, idee voor de buurt",
        how_to_apply="Vraag het online aan of via de opbouwwerker in uw wijk.",
    ),
    ServiceRef(
        ref.MET,
        "Opbouwwerk Noord",
        GENERAL,
        ("community_participation", "social_network"),
        "De opbouwwerker helpt bewoners van de Schilderwijk, De Noord, Heemradenwijk en De Draai om samen de "
        "buurt te verbeteren, bijvoorbeeld met een speelplek of een buurtfeest.",
        keywords="buurt, bewoners, initiatief, samen, wijk",
        districts=(NOORD,),
        email="opbouwwerk-noord@met-welzijn.example",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Opbouwwerk West",
        GENERAL,
        ("community_participation", "social_network"),
        "In de Planetenwijk, Schrijverswijk en Bomenwijk ondersteunt de opbouwwerker bewonerscommissies en "
        "helpt buren die iets voor elkaar willen organiseren.",
        keywords="buurt, bewoners, bewonerscommissie, wijk",
        districts=(WEST,),
        email="opbouwwerk-west@met-welzijn.example",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Opbouwwerk Centrum-Oost",
        GENERAL,
        ("community_participation", "social_network"),
        "De opbouwwerker van Centrum-Oost werkt aan een schone, veilige en gezellige buurt, samen met "
        "bewoners, de woonstichting en de wijkagent.",
        keywords="buurt, leefbaarheid, bewoners, veilig, wijk",
        districts=(CENTRUM_OOST,),
        email="opbouwwerk-centrum-oost@met-welzijn.example",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Opbouwwerk Zuid",
        GENERAL,
        ("community_participation", "social_network"),
        "In de nieuwe wijken van Zuid helpt de opbouwwerker nieuwe bewoners elkaar te leren kennen, met "
        "burendagen, speelstraten en een buurtapp.",
        keywords="buurt, nieuwe bewoners, burendag, wijk",
        districts=(ZUID,),
        email="opbouwwerk-zuid@met-welzijn.example",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.MET,
        "Vrouwengroep Het Anker",
        GENERAL,
        ("community_participation", "social_network"),
        "Elke maandagochtend ontmoeten vrouwen uit verschillende landen elkaar in Het Anker. Samen praten, "
        "koken, Nederlands oefenen en uitstapjes maken.",
        keywords="vrouwen, ontmoeten, nieuwkomers, taal, koken",
        districts=(WEST,),
        place=HET_ANKER,
        how_to_apply=WALK_IN,
        languages="Nederlands, Arabisch, Tigrinya, Turks",
    ),
    ServiceRef(
        NIEUWKOMERS,
        "Buddy voor nieuwkomers",
        GENERAL,
        ("community_participation", "social_network"),
        "Een buddy helpt u een jaar lang de weg te vinden in Heerhugowaard: de buurt, de sportclub, de "
        "school van uw kinderen. En u oefent samen Nederlands.",
        keywords="statushouder, vluchteling, buddy, nieuw in nederland, taal",
        how_to_apply=CALL_OR_MAIL,
        languages="Nederlands, Engels, Arabisch",
    ),
    ServiceRef(
        KRINGLOOP,
        "Kringloopwinkel",
        GENERAL,
        ("community_participation", "finances"),
        "Tweedehands meubels, huisraad, kleding en boeken voor een kleine prijs. U kunt ook spullen brengen of "
        "laten ophalen.",
        keywords="tweedehands, meubels, goedkoop, spullen, inrichting",
        cost="Lage prijzen; korting met de Meedoenregeling",
        how_to_apply="Kom langs tijdens de openingstijden.",
    ),
    ServiceRef(
        KRINGLOOP,
        "Fietsenbank",
        GENERAL,
        ("community_participation", "finances"),
        "Een opgeknapte tweedehands fiets voor wie geen geld heeft voor een nieuwe. Voor kinderen en "
        "volwassenen.",
        keywords="fiets, tweedehands fiets, vervoer, kinderfiets",
        cost="€ 15 met een verwijsbrief",
        referral=True,
        how_to_apply="Neem een verwijsbrief mee van het MET-team of Halte Werk.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Meepraten in de Adviesraad Sociaal Domein",
        GENERAL,
        ("community_participation",),
        "Wilt u meedenken over hulp en zorg in Heerhugowaard? De adviesraad zoekt inwoners met ervaring, "
        "bijvoorbeeld als mantelzorger of als gebruiker van de Wmo.",
        keywords="meedenken, inspraak, adviesraad, participatie",
        min_age=18,
        how_to_apply="Stuur een e-mail aan de secretaris van de adviesraad.",
        email="adviesraad@heerhugowaard.example",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Buurtpreventie",
        GENERAL,
        ("community_participation", "justice"),
        "Samen met buren letten op de veiligheid in uw straat, bijvoorbeeld met een buurtapp of een "
        "avondronde. De gemeente en de wijkagent helpen u op weg.",
        keywords="veiligheid, inbraak, buurtapp, wijkagent",
        how_to_apply="Meld u aan via de website van de gemeente.",
    ),
    ServiceRef(
        CLIENTONDERSTEUNING,
        "Onafhankelijke cliëntondersteuning",
        NEARBY,
        ("community_participation", "instrumental_adl"),
        "Heeft u een gesprek met de gemeente over de Wmo, jeugdhulp of werk? Een cliëntondersteuner bereidt "
        "het gesprek met u voor, gaat mee en komt voor u op.",
        keywords="keukentafelgesprek, ondersteuner, meegaan, bezwaar, rechten",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        CLIENTONDERSTEUNING,
        "Cliëntondersteuning bij een beperking",
        NEARBY,
        ("community_participation", "domestic_relations"),
        "Heeft u of uw kind een verstandelijke of lichamelijke beperking, of autisme? Een cliëntondersteuner "
        "met kennis van beperkingen helpt u de weg te vinden in zorg, school en werk.",
        keywords="beperking, autisme, lvb, zorg regelen, school",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        NIEUWKOMERS,
        "Begeleiding voor statushouders",
        NEARBY,
        ("community_participation", "finances", "housing"),
        "In uw eerste jaar in Heerhugowaard helpt een begeleider u met uw huis, uw geld, de post, zorg en "
        "school. Zo staat u snel op eigen benen.",
        keywords="statushouder, vluchteling, nieuwe woning, post, inburgering",
        referral=True,
        how_to_apply="De gemeente meldt u aan als u in Heerhugowaard komt wonen.",
        languages="Nederlands, Engels, Arabisch, Tigrinya",
    ),
    # ---- Justitie ---------------------------------------------------------------------------
    ServiceRef(
        RECHTSWINKEL,
        "Juridisch spreekuur",
        GENERAL,
        ("justice",),
        "Een brief van een deurwaarder, een conflict met uw werkgever of een boete die u niet begrijpt? Stel "
        "uw vraag gratis aan een jurist.",
        keywords="juridisch advies, advocaat, recht, boete, deurwaarder, conflict",
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply=WALK_IN + " Elke dinsdag van 19.00 tot 21.00 uur.",
    ),
    ServiceRef(
        RECHTSWINKEL,
        "Hulp bij het vinden van een advocaat",
        GENERAL,
        ("justice", "finances"),
        "Heeft u een advocaat nodig en weinig geld? Wij helpen u een advocaat te vinden en een toevoeging aan "
        "te vragen, zodat u minder hoeft te betalen.",
        keywords="advocaat, pro deo, toevoeging, rechtszaak, rechtsbijstand",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        SENIORENVERENIGING,
        "Voorlichting over oplichting en babbeltrucs",
        GENERAL,
        ("justice", "finances"),
        "Hoe herkent u nepberichten, valse bankmedewerkers en babbeltrucs aan de deur? Een avond met tips "
        "van de wijkagent en de bank.",
        keywords="oplichting, phishing, babbeltruc, fraude, bank",
        min_age=55,
        place=BIBLIOTHEEK_CENTRUM,
        how_to_apply="Meld u aan bij de seniorenvereniging.",
    ),
    ServiceRef(
        SLACHTOFFERLOKET,
        "Hulp voor slachtoffers",
        NEARBY,
        ("justice", "mental_health"),
        "Bent u slachtoffer van een inbraak, geweld of een verkeersongeluk? U krijgt hulp bij de aangifte, "
        "bij het terugkrijgen van uw schade en bij de verwerking.",
        keywords="slachtofferhulp, inbraak, geweld, aangifte, schade, ongeluk",
        how_to_apply="Bel ons of vraag de politie u aan te melden.",
    ),
    ServiceRef(
        ref.MET,
        "Jongeren op het goede spoor",
        NEARBY,
        ("justice", "work_education"),
        "Voor jongeren die in aanraking komen met de politie of die dreigen af te glijden. Een jongerenwerker "
        "helpt u met school, werk en vrienden die goed voor u zijn.",
        keywords="politie, criminaliteit, overlast, jongeren, hangjongeren",
        min_age=12,
        max_age=23,
        how_to_apply="Via de politie, school of zelf aanmelden bij de jongerenwerker.",
    ),
    ServiceRef(
        ref.GEMEENTE_HEERHUGOWAARD,
        "Nazorg na detentie",
        NEARBY,
        ("justice", "housing", "finances"),
        "Komt u uit de gevangenis terug naar Heerhugowaard? De gemeente helpt u met een identiteitsbewijs, "
        "onderdak, inkomen en zorg, zodat u een goede start maakt.",
        keywords="gevangenis, detentie, vrijlating, ex-gedetineerde, opnieuw beginnen",
        min_age=18,
        how_to_apply="De gemeente neemt voor uw vrijlating contact met u op. U kunt ook zelf bellen.",
    ),
    ServiceRef(
        ref.JEUGDBESCHERMING,
        "Jeugdreclassering",
        CUSTOMISED,
        ("justice", "domestic_relations"),
        "Heeft een jongere een strafbaar feit gepleegd, dan kan de rechter jeugdreclassering opleggen. Een "
        "jeugdreclasseerder begeleidt de jongere en het gezin.",
        keywords="strafzaak, rechter, jongeren, begeleiding, criminaliteit",
        min_age=12,
        max_age=22,
        how_to_apply="Alleen na een beslissing van de rechter of de officier van justitie.",
    ),
    # ---- Gestopt: editors keep them for the record; the portal does not show them -----------
    ServiceRef(
        ref.MET,
        "Computercursus voor ouderen in De Linde",
        GENERAL,
        ("work_education",),
        "Deze cursus is gestopt. Kijk voor computerlessen bij de bibliotheek of de seniorenvereniging.",
        districts=(NOORD,),
        place=DE_LINDE,
        active=False,
    ),
    ServiceRef(
        SPORTSERVICE,
        "Seniorengym in de sporthal",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "Deze groep is opgegaan in de Ochtendgym in de buurthuizen.",
        min_age=55,
        active=False,
    ),
)

# -- services in Langedijk ------------------------------------------------------------------------
# A smaller map: one district (the three villages), so no district-bound services.

LANGEDIJK_SERVICES = (
    ServiceRef(
        VRIJWILLIGERSPUNT_LANGEDIJK,
        "Boodschappendienst",
        GENERAL,
        ("instrumental_adl", "social_network"),
        "Kunt u zelf geen boodschappen meer doen? Een vrijwilliger uit uw dorp doet ze voor u, of gaat met u "
        "mee naar de winkel.",
        keywords="boodschappen doen, supermarkt, winkelen, boodschappenhulp",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        WELZIJN_LANGEDIJK,
        "Maaltijdservice",
        GENERAL,
        ("instrumental_adl", "physical_health"),
        "Een warme maaltijd aan huis, elke dag of een paar keer per week.",
        keywords="warm eten, maaltijden, koken lukt niet",
        cost="€ 8,50 per maaltijd",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        THUISADMINISTRATIE,
        "Formulierenhulp en thuisadministratie",
        GENERAL,
        ("finances", "instrumental_adl"),
        "Vrijwilligers helpen u thuis met brieven, formulieren en het ordenen van uw administratie, zodat u "
        "geen geldzorgen krijgt door post die blijft liggen.",
        keywords="formulieren, papieren, post, rekeningen, geldzorgen",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        VOEDSELBANK,
        "Voedselbank uitgiftepunt Broek op Langedijk",
        GENERAL,
        ("finances",),
        "Elke vrijdagmiddag kunnen inwoners van Langedijk met een verwijzing hier hun voedselpakket ophalen.",
        keywords="voedselpakket, eten, geen geld, geldzorgen",
        referral=True,
        place=DORPSHUIS_BROEK,
        how_to_apply="Laat u aanmelden door het sociaal team of Halte Werk.",
    ),
    ServiceRef(
        KLEDINGBANK,
        "Kledingbank",
        GENERAL,
        ("finances",),
        "Inwoners van Langedijk met een laag inkomen kunnen ook bij de kledingbank in Heerhugowaard terecht "
        "voor gratis kleding.",
        keywords="kleren, schoenen, kinderkleding",
        referral=True,
        how_to_apply="Neem een verwijsbrief mee van het sociaal team.",
    ),
    ServiceRef(
        WELZIJN_LANGEDIJK,
        "Huiskamer Broek op Langedijk",
        GENERAL,
        ("social_network", "community_participation"),
        "Een huiskamer in het dorpshuis waar u binnenloopt voor koffie en een praatje. Voelt u zich eenzaam, "
        "dan bent u hier van harte welkom.",
        keywords="ontmoeting, eenzaamheid, koffie, inloop, dorpshuis",
        place=DORPSHUIS_BROEK,
        how_to_apply=WALK_IN + " Maandag t/m vrijdag van 10.00 tot 15.00 uur.",
    ),
    ServiceRef(
        WELZIJN_LANGEDIJK,
        "Ontmoetingsochtend Noord-Scharwoude",
        GENERAL,
        ("social_network", "daytime_activities"),
        "Op dinsdagochtend koffie, een spelletje en een praatje met dorpsgenoten. Er is vervoer voor wie "
        "slecht ter been is.",
        keywords="ontmoeting, eenzaam, koffie, spelletjes, ouderen",
        place=MOLENPAD_NOORD_SCHARWOUDE,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        WELZIJN_LANGEDIJK,
        "Eetpunt Zuid-Scharwoude",
        GENERAL,
        ("instrumental_adl", "social_network"),
        "Elke donderdag samen eten in Zuid-Scharwoude. Een warme maaltijd en gezelschap, voor wie niet alleen "
        "wil eten.",
        keywords="samen eten, warme maaltijd, alleen eten, eenzaam",
        place=KERKBUURT_ZUID_SCHARWOUDE,
        cost="€ 7 per maaltijd",
        how_to_apply="Meld u uiterlijk dinsdag aan.",
    ),
    ServiceRef(
        MAATJESWERK,
        "Maatje voor ouderen",
        GENERAL,
        ("social_network",),
        "Voelt u zich eenzaam? Een vrijwilliger uit Langedijk komt elke week bij u langs voor een praatje, een "
        "wandeling of een uitje.",
        keywords="eenzaamheid, alleen, bezoek, gezelschap",
        min_age=60,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        WELZIJN_LANGEDIJK,
        "Mantelzorgondersteuning",
        GENERAL,
        ("domestic_relations", "social_network"),
        "Zorgt u voor een naaste? De mantelzorgconsulent geeft advies, regelt respijtzorg en organiseert "
        "bijeenkomsten met andere mantelzorgers.",
        keywords="mantelzorg, overbelast, ontlasten, respijt",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        WELZIJN_LANGEDIJK,
        "Jongerenwerk",
        GENERAL,
        ("daytime_activities", "social_network"),
        "De jongerenwerker is er voor jongeren in de drie dorpen: in het jongerencentrum, op straat en online.",
        keywords="jongeren, jongerencentrum, hangplek",
        min_age=12,
        max_age=23,
        how_to_apply="Spreek de jongerenwerker aan of stuur een appje.",
    ),
    ServiceRef(
        SPORTSERVICE,
        "Buurtsportcoach Langedijk",
        GENERAL,
        ("daytime_activities", "physical_health"),
        "De buurtsportcoach helpt jong en oud in Langedijk aan het sporten, met activiteiten op de "
        "schoolpleinen en beweeggroepen voor ouderen.",
        keywords="sporten, bewegen, ouderen, kinderen",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        BIBLIOTHEEK,
        "Bibliotheek en Taalhuis Langedijk",
        GENERAL,
        ("work_education", "community_participation"),
        "Boeken lenen, computers gebruiken en hulp bij taal en de digitale overheid, in het dorpshuis van "
        "Broek op Langedijk.",
        keywords="boeken, taal, digid, computer, lezen",
        place=DORPSHUIS_BROEK,
        how_to_apply=WALK_IN,
    ),
    ServiceRef(
        VRIJWILLIGERSPUNT_LANGEDIJK,
        "Vrijwilligerswerk vinden",
        GENERAL,
        ("community_participation", "daytime_activities"),
        "Zoekt u vrijwilligerswerk in uw dorp? Het Vrijwilligerspunt helpt u een klus te vinden die bij u past.",
        keywords="vrijwilliger worden, vacatures, meedoen",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        RIJDENDE_BUREN,
        "Vrijwillige vervoersdienst Langedijk",
        GENERAL,
        ("instrumental_adl", "community_participation"),
        "Vrijwilligers rijden u naar de dokter, het ziekenhuis of familie, ook naar Heerhugowaard en Alkmaar.",
        keywords="vervoer, chauffeur, ziekenhuis, rijden",
        cost="€ 0,35 per kilometer",
        how_to_apply="Bel twee werkdagen van tevoren.",
    ),
    ServiceRef(
        UITLEENPUNT,
        "Rolstoeluitleen",
        GENERAL,
        ("physical_health",),
        "Leen voor korte tijd een rolstoel of rollator. In Langedijk brengen we hem bij u thuis.",
        keywords="rolstoel lenen, rollator, tijdelijk",
        cost="Gratis met uw zorgverzekering",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        GGD,
        "Consultatiebureau Langedijk",
        GENERAL,
        ("domestic_relations", "physical_health"),
        "De jeugdverpleegkundige en jeugdarts volgen de groei van uw baby en peuter, in het dorpshuis van "
        "Broek op Langedijk.",
        keywords="baby, peuter, groei, vaccinatie",
        max_age=4,
        place=DORPSHUIS_BROEK,
        how_to_apply="U krijgt vanzelf een uitnodiging.",
    ),
    ServiceRef(
        ref.GEMEENTE_LANGEDIJK,
        "Inloopspreekuur sociaal team",
        NEARBY,
        ("social_network", "finances", "domestic_relations"),
        "Met elke vraag over zorg, welzijn, werk, geld of opvoeden kunt u terecht bij het sociaal team.",
        keywords="sociaal team, hulp vragen, loket, wmo",
        phone="0226 000 10 00",
        email="sociaalteam@langedijk.example",
        how_to_apply=WALK_IN + " Dinsdag en donderdag van 9.00 tot 12.00 uur.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Schuldhulpverlening",
        NEARBY,
        ("finances",),
        "Hulp als u geldzorgen of schulden heeft. Een schuldhulpverlener maakt met u een plan en regelt als "
        "het nodig is een schuldregeling.",
        keywords="schulden, geldzorgen, deurwaarder, achterstand",
        min_age=18,
        how_to_apply="Bel Halte Werk of het sociaal team.",
    ),
    ServiceRef(
        ref.EVEAN,
        "Wijkverpleging",
        NEARBY,
        ("physical_health", "basic_adl"),
        "Verpleging en verzorging thuis in de drie dorpen van Langedijk.",
        keywords="thuiszorg, wassen, aankleden, medicijnen",
        cost=NURSING_COST,
        how_to_apply="Bel ons zelf of vraag uw huisarts.",
    ),
    ServiceRef(
        WELZIJN_LANGEDIJK,
        "Maatschappelijk werk",
        NEARBY,
        ("domestic_relations", "mental_health"),
        "Loopt u vast met relaties, rouw, geld of andere zorgen? De maatschappelijk werker helpt u verder.",
        keywords="problemen, zorgen, relatie, rouw, praten",
        min_age=18,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.GEMEENTE_LANGEDIJK,
        "Jeugd- en gezinscoach",
        NEARBY,
        ("domestic_relations", "work_education"),
        "Zorgen over uw kind of het gezin? De jeugd- en gezinscoach van het sociaal team helpt u, thuis of "
        "op school.",
        keywords="opvoeden, zorgen om kind, gezin, jeugdhulp",
        max_age=23,
        how_to_apply="Bel het sociaal team.",
    ),
    ServiceRef(
        CLIENTONDERSTEUNING,
        "Onafhankelijke cliëntondersteuning",
        NEARBY,
        ("community_participation",),
        "Een cliëntondersteuner gaat met u mee naar gesprekken met de gemeente en komt voor u op.",
        keywords="ondersteuner, keukentafelgesprek, meegaan",
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        WELZIJN_LANGEDIJK,
        "Ouderenadviseur",
        NEARBY,
        ("instrumental_adl", "housing"),
        "Een ouderenadviseur komt bij u thuis voor advies over wonen, zorg, geld en activiteiten.",
        keywords="ouderen, advies, langer thuis wonen",
        min_age=65,
        how_to_apply=CALL_OR_MAIL,
    ),
    ServiceRef(
        ref.GEMEENTE_LANGEDIJK,
        "Huishoudelijke ondersteuning (Wmo)",
        CUSTOMISED,
        ("instrumental_adl",),
        "Hulp bij het schoonhouden van uw huis als u dat zelf niet meer kunt. Hiervoor is een beschikking "
        "nodig.",
        keywords="huishoudelijke hulp, schoonmaken, thuiszorg",
        cost=CAK,
        how_to_apply=APPLY_WMO_LANGEDIJK,
    ),
    ServiceRef(
        ref.GEMEENTE_LANGEDIJK,
        "Rolstoel (Wmo)",
        CUSTOMISED,
        ("physical_health", "instrumental_adl"),
        "Heeft u voor langere tijd een rolstoel nodig? Dan kunt u die via de Wmo krijgen, aangepast aan u.",
        keywords="rolstoel, elektrische rolstoel",
        cost="Gratis: voor een rolstoel betaalt u geen eigen bijdrage.",
        how_to_apply=APPLY_WMO_LANGEDIJK,
    ),
    ServiceRef(
        ref.GEMEENTE_LANGEDIJK,
        "Scootmobiel (Wmo)",
        CUSTOMISED,
        ("physical_health", "instrumental_adl"),
        "Kunt u niet meer ver lopen of fietsen? Met een scootmobiel blijft u zelfstandig op pad.",
        keywords="scootmobiel, scooter, vervoer",
        cost=CAK,
        how_to_apply=APPLY_WMO_LANGEDIJK,
    ),
    ServiceRef(
        ref.GEMEENTE_LANGEDIJK,
        "Woningaanpassing (Wmo)",
        CUSTOMISED,
        ("housing", "basic_adl"),
        "Een aangepaste douche, een verhoogd toilet of een traplift, als u door een beperking niet meer goed "
        "in uw huis kunt wonen.",
        keywords="douche, toilet, drempels, traplift, aanpassing",
        cost=CAK_ONCE,
        how_to_apply=APPLY_WMO_LANGEDIJK,
    ),
    ServiceRef(
        MIDDENWAARD,
        "Dagbesteding ouderen (Wmo)",
        CUSTOMISED,
        ("daytime_activities", "social_network"),
        "Een paar dagen per week naar een groep in het dorpshuis van Noord-Scharwoude, met begeleiding en een "
        "warme maaltijd.",
        keywords="dagopvang, dagbesteding, ouderen, groep",
        min_age=65,
        cost=CAK,
        place=MOLENPAD_NOORD_SCHARWOUDE,
        how_to_apply=APPLY_WMO_LANGEDIJK,
    ),
    ServiceRef(
        OP_KOERS,
        "Begeleiding individueel (Wmo)",
        CUSTOMISED,
        ("instrumental_adl", "finances"),
        "Een vaste begeleider helpt u thuis met huishouden, geld en afspraken, een paar uur per week.",
        keywords="ambulante begeleiding, structuur, zelfstandig",
        min_age=18,
        cost=CAK,
        how_to_apply=APPLY_WMO_LANGEDIJK,
    ),
    ServiceRef(
        KOMPAS,
        "Ambulante jeugdhulp (Jeugdwet)",
        CUSTOMISED,
        ("domestic_relations", "mental_health"),
        "Een jeugdhulpverlener werkt een aantal maanden met uw kind en met u, thuis of op school.",
        keywords="jeugdhulp, gedrag, begeleiding kind",
        max_age=17,
        cost=FREE_YOUTH,
        how_to_apply="Via de jeugd- en gezinscoach van het sociaal team of uw huisarts.",
    ),
    ServiceRef(
        ref.HALTE_WERK,
        "Bijzondere bijstand",
        CUSTOMISED,
        ("finances",),
        "Heeft u onverwachte kosten die u niet kunt betalen? Dan kunt u bijzondere bijstand aanvragen.",
        keywords="onverwachte kosten, vergoeding, bril, tandarts",
        min_age=18,
        how_to_apply=APPLY_INCOME,
    ),
)

SERVICES = {"GM0398": HEERHUGOWAARD_SERVICES, "GM0416": LANGEDIJK_SERVICES}

# -- stories of residents -----------------------------------------------------------------------
# Invented people, first names only. The services they name must exist in the story's municipality.

STORIES = (
    StoryRef(
        "GM0398",
        "Riet doet weer zelf haar boodschappen",
        "riet-doet-weer-zelf-haar-boodschappen",
        "Na een val durfde Riet niet meer alleen naar de winkel. Met de boodschappenbus en een vrijwilliger "
        "gaat ze er weer zelf op uit.",
        """Riet woont al veertig jaar in de Schilderwijk. Vorig jaar viel ze op de stoep. Haar heup genas goed, maar de angst bleef. "Ik durfde niet meer alleen naar de supermarkt," vertelt ze. "Mijn dochter deed mijn boodschappen, maar zij woont in Hoorn en werkt veel."

Op de site van Het Sociaalplein typte haar dochter: "mijn moeder kan haar boodschappen niet meer doen". Ze vond de Boodschappendienst van de Vrijwilligerscentrale. Een week later stond Ans voor de deur, een vrijwilliger uit de buurt. "De eerste weken deed Ans de boodschappen voor mij. Daarna gingen we samen. Ze liet me rustig mijn eigen tempo lopen."

Nu neemt Riet twee keer per week de boodschappenbus. De chauffeur helpt haar met de tassen. "In de bus zitten altijd dezelfde mensen. We kletsen de hele weg. Soms gaan we na het winkelen nog samen koffie drinken."

Via Ans hoorde Riet ook van de buurtkamer in Buurthuis De Linde. Daar gaat ze nu op maandag naar toe. "Ik dacht dat ik te oud was om nog nieuwe mensen te leren kennen. Dat was dus niet zo."

Haar dochter is opgelucht. "Ik hoef me geen zorgen meer te maken of er eten in huis is. En als ik nu bij mijn moeder kom, hebben we het over leuke dingen."

Riet lacht: "Ik doe het weer zelf. Alleen niet meer alleen."
""",
        ("instrumental_adl", "social_network"),
        ("Boodschappendienst", "Boodschappenbus", "Buurtkamer De Linde"),
        published_days_ago=20,
    ),
    StoryRef(
        "GM0398",
        "Samir kreeg weer grip op zijn geld",
        "samir-kreeg-weer-grip-op-zijn-geld",
        "Toen Samir minder ging werken, stapelden de rekeningen zich op. Met hulp van Halte Werk en een "
        "budgetmaatje heeft hij nu weer overzicht.",
        """Samir had een vaste baan in de bouw. Na een ongeluk met zijn rug kon hij nog maar drie dagen per week werken. "Ik verdiende ineens veel minder, maar mijn vaste lasten bleven hetzelfde," zegt hij. "Ik betaalde de ene rekening met geld dat eigenlijk voor de andere was."

De brieven bleven ongeopend liggen. "Ik schaamde me. Ik sliep slecht en werd kortaf tegen mijn kinderen." Toen er een brief van de deurwaarder kwam, zei zijn vrouw: nu moeten we hulp vragen.

Ze liepen binnen bij het Spreekuur Geldzorgen van Halte Werk. "Ik had een preek verwacht. Maar de schuldhulpverlener vroeg gewoon: wat is er gebeurd? Ze belde meteen met de deurwaarder, en die gaf ons uitstel."

Samir kreeg een plek bij de schuldhulpverlening. Samen maakten ze een overzicht van alle schulden en een plan om ze af te lossen. Een budgetmaatje, Henk, kwam elke week langs om de post te openen en een begroting te maken.

"Henk is gepensioneerd boekhouder. Hij oordeelt nooit. Hij zei: schulden kunnen iedereen overkomen, het gaat erom wat je nu doet."

Een jaar later heeft Samir een schuldregeling en weet hij precies wat er binnenkomt en uitgaat. "Ik open mijn post weer. En ik slaap weer. Mijn advies: wacht niet zo lang als ik. Hoe eerder je hulp vraagt, hoe makkelijker het is."
""",
        ("finances", "mental_health"),
        ("Spreekuur Geldzorgen", "Schuldhulpverlening", "Budgetmaatje"),
        published_days_ago=45,
    ),
    StoryRef(
        "GM0398",
        "Els zorgt voor haar man, en nu ook voor zichzelf",
        "els-zorgt-voor-haar-man-en-nu-ook-voor-zichzelf",
        "De man van Els heeft dementie. Ze wilde alles zelf doen, tot het niet meer ging. Nu heeft ze hulp en "
        "weer tijd voor zichzelf.",
        """Twee jaar geleden hoorden Els en haar man Kees dat hij dementie heeft. "Ik wilde voor hem zorgen zoals hij altijd voor mij heeft gezorgd," vertelt Els. "Maar ik merkte niet hoe moe ik werd."

Kees werd onrustig en liep 's nachts door het huis. Els sliep bijna niet meer. Haar huisarts wees haar op het mantelzorgsteunpunt van MET. "Ik dacht: mantelzorger, dat ben ik toch niet? Ik ben gewoon zijn vrouw."

De mantelzorgconsulent kwam bij haar thuis. "Ze vroeg hoe het met míj ging. Ik moest huilen. Niemand had dat nog gevraagd." Samen zochten ze naar hulp. Via de Wmo gaat Kees nu twee dagen per week naar het Ontmoetingscentrum Geheugenwerk. "Hij doet daar spelletjes en helpt in de keuken. Hij komt vrolijk thuis."

Op die dagen zwemt Els weer, net als vroeger. En een vrijwilliger van Even vrij komt op woensdagmiddag bij Kees, zodat zij naar haar zus kan.

Els gaat ook naar het mantelzorgcafé. "Daar zitten mensen die precies weten wat ik bedoel. Ik hoef niets uit te leggen."

"Ik zorg nog steeds voor Kees. Maar ik sta er niet meer alleen voor. En dat is goed voor ons allebei."
""",
        ("domestic_relations", "social_network", "mental_health"),
        (
            "Mantelzorgondersteuning",
            "Ontmoetingscentrum Geheugenwerk (Wmo)",
            "Even vrij: vrijwilliger bij uw naaste",
        ),
        published_days_ago=80,
    ),
    StoryRef(
        "GM0398",
        "Rust in huis voor Priya en haar zoontjes",
        "rust-in-huis-voor-priya-en-haar-zoontjes",
        "Elke avond was het strijd bij het naar bed gaan. Op het opvoedspreekuur en in een cursus leerde "
        "Priya wat werkt in haar gezin.",
        """Priya heeft twee zoontjes van drie en vijf jaar. "Ze zijn lief, maar 's avonds was het elke keer oorlog," vertelt ze. "Schreeuwen, uit bed klimmen, huilen. Ik werd steeds bozer en daarna voelde ik me schuldig."

Een andere moeder op het schoolplein vertelde over het opvoedspreekuur van het Centrum voor Jeugd en Gezin. "Ik vond het spannend. Ik dacht: ze gaan vast zeggen dat ik het fout doe." Maar de jeugdverpleegkundige luisterde vooral. "Ze zei dat veel ouders hier tegenaan lopen. Dat alleen al luchtte op."

Ze kreeg een paar tips mee: een vast ritueel, een tekening met de stappen naar bed, en de jongens belonen als het goed gaat. Daarna deed Priya mee aan de cursus Positief opvoeden. "Vijf avonden met andere ouders. We oefenden met voorbeelden uit ons eigen leven. Ik leerde vooral om rustig te blijven."

Het ging beter, maar niet met alles. Haar oudste zoon bleef op school erg boos. De jeugd- en gezinscoach op school keek met de juf mee. Samen maakten ze afspraken die thuis en op school hetzelfde zijn.

"Het is niet elke avond perfect," lacht Priya. "Maar we lezen nu samen een boekje en dan slapen ze. Ik heb weer tijd voor mezelf. En ik ben weer de moeder die ik wil zijn."
""",
        ("domestic_relations",),
        ("Opvoedspreekuur", "Cursus Positief opvoeden", "Jeugd- en gezinscoach op de scholen in Zuid"),
        published_days_ago=130,
    ),
    StoryRef(
        "GM0416",
        "Jan vond weer aanspraak in zijn dorp",
        "jan-vond-weer-aanspraak-in-zijn-dorp",
        "Na de dood van zijn vrouw zat Jan vaak alleen thuis. In de huiskamer van het dorpshuis en met een "
        "maatje vond hij weer mensen om zich heen.",
        """Jan woont zijn hele leven al in Broek op Langedijk. Vijftig jaar was hij getrouwd met Truus. Toen zij overleed, werd het stil in huis. "De kinderen kwamen vaak, maar die hebben hun eigen leven. De dagen waren lang," zegt hij.

Hij at 's avonds een boterham voor de televisie. Hij sprak soms dagen niemand. "Ik voelde me eenzaam, maar dat zeg je niet zo snel. Zeker niet als man."

Zijn buurvrouw nam hem op een dinsdag mee naar de huiskamer in het dorpshuis. "Ik wilde eigenlijk niet. Ik dacht: dat is voor oude mensen," lacht Jan. "Toen bleek dat ik de helft van de mensen daar nog kende van vroeger."

De vrijwilliger in de huiskamer vertelde hem over het eetpunt in Zuid-Scharwoude. Nu eet hij elke donderdag samen met anderen een warme maaltijd. "Ik eet daar beter dan thuis, en ik heb er een kaartclub aan overgehouden."

Via Stichting Maatjeswerk kreeg hij ook een maatje: Peter, een jongere man die van vissen houdt. "We gaan samen naar de Oostwal om te vissen. Vangen doen we weinig, praten des te meer."

"Ik mis Truus nog elke dag," zegt Jan. "Maar ik heb weer iets om naar uit te kijken. Als je je alleen voelt: ga gewoon eens kijken. De koffie staat klaar."
""",
        ("social_network", "daytime_activities"),
        ("Huiskamer Broek op Langedijk", "Eetpunt Zuid-Scharwoude", "Maatje voor ouderen"),
        published_days_ago=60,
    ),
    StoryRef(
        "GM0398",
        "Fatima oefent Nederlands in het Taalhuis",
        "fatima-oefent-nederlands-in-het-taalhuis",
        "Fatima woont drie jaar in Heerhugowaard. In het Taalhuis en het taalcafé durft ze steeds meer "
        "Nederlands te praten.",
        """Fatima kwam drie jaar geleden naar Nederland. Ze haalde haar inburgeringsexamen, maar Nederlands praten bleef moeilijk. "Op school van mijn kinderen verstond ik de juf niet goed. Ik knikte maar," vertelt ze.

In de bibliotheek zag ze een folder van het Taalhuis. Een vrijwilliger hielp haar een cursus te kiezen en vertelde over het taalcafé op dinsdagmiddag. "Daar praten we over gewone dingen: boodschappen, de dokter, het weer. Niemand lacht als ik een fout maak."

Nu helpt Fatima zelf nieuwe vrouwen in de vrouwengroep. "Ik weet hoe het voelt als je de taal niet spreekt. Ik wil anderen laten zien dat het kan."
""",
        ("work_education", "community_participation"),
        ("Taalhuis: beter lezen, schrijven en rekenen", "Taalcafé Centrum"),
        published_days_ago=None,
    ),
)

# -- the portals --------------------------------------------------------------------------------

PORTALS = (
    PortalRef(
        "GM0398",
        hostname="",  # the default portal of the installation
        title="Hulp in Heerhugowaard",
        intro="Zoek zelf hulp en activiteiten bij u in de buurt, lees hoe andere inwoners hun weg vonden, of "
        "stel uw vraag aan Het Sociaalplein. Wij helpen u graag verder.",
        colour_primary="#00567a",
        colour_primary_text="#ffffff",
        colour_accent="#f6b40e",
        font="system",
        contact_phone="072 000 00 00",
        contact_email="sociaalplein@heerhugowaard.example",
        contact_address="Huis van Heerhugowaard, Raadhuisplein 1, 1703 AA Heerhugowaard",
        contact_hours="Maandag t/m vrijdag 8.30–17.00 uur, donderdag tot 20.00 uur",
    ),
    PortalRef(
        "GM0416",
        hostname="langedijk.localhost",
        title="Samen in Langedijk",
        intro="Hulp, ontmoeting en ondersteuning in Broek op Langedijk, Zuid-Scharwoude en Noord-Scharwoude. "
        "Vindt u niet wat u zoekt? Het sociaal team denkt met u mee.",
        colour_primary="#2f5d2b",
        colour_primary_text="#ffffff",
        colour_accent="#e9c46a",
        font="humanist",
        contact_phone="0226 000 10 00",
        contact_email="sociaalteam@langedijk.example",
        contact_address="Gemeentehuis, Raadhuisstraat 12, 1721 BA Broek op Langedijk",
        contact_hours="Inloop dinsdag en donderdag 9.00–12.00 uur; telefonisch maandag t/m vrijdag 9.00–16.30 uur",
    ),
)
