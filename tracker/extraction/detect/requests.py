"""Requests: members, a committee or a motion ask the government for something.

``_directed_request``: a motion's "verzoekt de regering …", a committee's decision, members who
ask for a deliverable. ``_request``: a deadline asked ("zien uw reactie – bij voorkeur binnen
vier weken – met belangstelling tegemoet") or a reply awaited. ``_asks_for_promise``: a written
question that asks for a promise or a deliverable. ``member_request``: what a member asks in a
debate (the transcript pass calls it for members' turns).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...deadlines import Deadline
from ...patterns import Branches, guarded, with_lookahead
from ..actors import MEMBERS, OTHER, PARL, SELF, Mention, subject_at
from .debate import debate_internal
from .vocabulary import (
    _DELIVERABLE,
    _I,
    _PAST_AUX,
    _TELL_VERBS,
    BERICHTEN,
    INFORM,
    INFORMED,
    Finding,
    _negated,
    is_question,
)

# What members wait for: a reply, an answer, a deliverable.
_AWAITED = (r"(?:reactie|beantwoording|antwoorden|antwoord|brief|kabinetsreactie|overzicht"
            r"|appreciatie|memorie|nota|toelichting|informatie|" + _DELIVERABLE + r")")
# "De commissie hoopt op een spoedige beantwoording van de hierboven gestelde vragen"
_HOPES_FOR = (r"\b(?:hoopt|hopen)\s+(?:\w+\s+){0,2}?op\s+(?:een|de|het)\s+(?:[\w-]+\s+)?"
              + _AWAITED + r"\b")
# Requests: members or a committee ask something by a date.
_REQUEST = re.compile(
    # (an older verslag tells it in the past: "zagen … tegemoet", "Gaarne ontvingen zij …")
    r"\b(?:zie[nt]?|zag|zagen)\b[^.?!]{0,240}?\btegemoet\b|\bverzoek(?:t|en)?\b|\bverzocht\b"
    r"|\b(?:vraagt|vragen)\b[^.?!]{0,100}?\b(?:om|te)\b"
    r"|\b(?:ontvangt|ontvangen|ontving|ontvingen|verneemt|vernemen)\b[^.?!,;]{0,80}?"
    r"\b(?:graag|gaarne)\b"
    r"|\bgraag\b[^.?!]{0,60}?\b(?:ontvangen|ontvangt|ontving|ontvingen|vernemen|verneemt"
    r"|tegemoet)\b"
    # (an older verslag's "gaarne", for a paper received: "zouden gaarne vernemen" asks an
    # answer)
    r"|\bgaarne\b[^.?!]{0,60}?\b(?:ontvangen|ontvangt|ontving|ontvingen|tegemoet)\b"
    r"|\b(?:wil|willen|wenst|wensen|wordt|worden)\s+graag\b[^.?!]{0,80}?\b(?:geïnformeerd"
    r"|ingelicht|op\s+de\s+hoogte\s+gehouden)\b"
    r"|\b(?:stelt|stellen|zou|zouden)\b[^.?!]{0,20}?\bop\s+prijs\b"
    r"|\b(?:wenst|wensen)\b[^.?!]{0,80}?\b(?:ontvangen|krijgen|vernemen)\b|" + _HOPES_FOR, _I)

# A committee waiting for a reply, without a date: "De commissie ziet de beantwoording met
# belangstelling tegemoet", "De leden ontvangen graag een reactie van de regering op het advies".
_GOVERNMENTS_ANSWER = re.compile(r"\b(?:reactie|antwoord|beantwoording)\s+van\s+(?:de\s+regering"
                                 r"|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b", _I)
_WAITS_FOR = re.compile(
    # (an older verslag tells it in the past: "Zij zagen de beantwoording met belangstelling
    # tegemoet", "Gaarne ontvingen zij een overzicht …")
    r"\b(?:zie|ziet|zien|zag|zagen)\s+(?:\w+\s+){0,6}?" + _AWAITED + r"\b[^.?!]{0,60}?\btegemoet\b|"
    # "Deze leden worden graag actief op de hoogte gehouden van het vervolg"
    r"\b(?:wordt|worden)\s+graag\s+(?:\w+\s+){0,2}?(?:geïnformeerd|ingelicht|op\s+de\s+hoogte"
    r"\s+gehouden)\b|"
    + _HOPES_FOR
    # (or with an aside: "ontvangen graag, voorafgaand aan de behandeling …, een toelichting")
    + r"|\b(?:ontvangt|ontvangen|ontving|ontvingen)\s+(?:\w+\s+)?(?:graag|gaarne)\s*"
    r"(?:,[^,.;?!]{3,120},\s*)?(?:een|de|het)\s+(?:[\w-]+\s+)?" + _AWAITED + r"\b"
    # "Graag ontvangen deze leden een nadere toelichting in de vorm van een brief"
    r"|(?:(?<=graag\s)|(?<=gaarne\s))(?:ontvangt|ontvangen|ontving|ontvingen)\s+"
    r"(?:[\w-]+\s+){1,6}?(?:een|de|het)\s+(?:[\w-]+\s+)?"
    + _AWAITED + r"\b"
    # "De leden van de BBB-fractie willen graag een overzicht ontvangen", "Gaarne zouden deze
    # leden een overzicht ontvangen van …"
    r"|\b(?:zou|zouden|wil|willen)\s+(?:(?:de|deze|die|genoemde)\s+leden\s+|zij\s+)?"
    r"(?:graag\s+|gaarne\s+)?(?:een|de|het)\s+(?:[\w-]+\s+)?" + _AWAITED
    + r"\b[^.?!]{0,80}?\b(?:ontvangen|krijgen)\b"
    # "De commissie zou het op prijs stellen indien u in die reactie tevens wilt ingaan op …"
    r"|\b(?:stelt|stellen|zou|zouden)\b[^.?!]{0,20}?\bop\s+prijs\s+(?:\w+\s+)?(?:indien|als"
    r"|wanneer|dat)\s+(?:u|de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b"
    # (or in the passive: "… indien onderstaande vragen alsnog voor de openbare beraadslaging
    # zouden worden beantwoord")
    r"|\b(?:stelt|stellen|zou|zouden)\b[^.?!]{0,20}?\bop\s+prijs\s+(?:\w+,?\s+)?(?:indien|als"
    r"|wanneer|dat)\b[^.?!]{0,100}?\b(?:worden|wordt)\s+(?:beantwoord|toegezonden|toegestuurd"
    r"|verstrekt|gezonden)\b",
    _I)
# "De leden … vragen of de resultaten … met de Kamer worden gedeeld": asking for something to be
# delivered, not for an opinion (nor "wanneer de evaluatie naar de Kamer wordt gestuurd": when).
_ASKS_DELIVERY = re.compile(
    r"\b(?:vraagt|vragen)\s+(?:\w+\s+){0,3}?of\b[^.?!]{0,160}?(?:"
    r"\b(?:met|aan|naar)\s+(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,2}?(?:wordt|worden|zal|zullen)?\s*"
    r"(?:gedeeld|gestuurd|toegestuurd|gezonden|toegezonden|verzonden|aangeboden)"
    r"|\b(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,4}?(?:wordt|worden|zal|zullen)\s+(?:\w+\s+){0,4}?"
    r"(?:geïnformeerd|ingelicht)"
    r"|\b(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,6}?(?:ontvangt|krijgt|zal\s+ontvangen)"
    # "… vragen de regering of zij de Kamer een overzicht kan sturen van de knelpunten"
    r"|\b(?:de|uw)\s+Kamer\s+(?:[\w-]+\s+){0,6}?(?:kan|kunnen|wil|willen|zal|zullen)\s+"
    r"(?:sturen|toesturen|zenden|toezenden|toekomen|" + INFORM + r"))\b", _I)
_ASKS_WHETHER = re.compile(
    r"(?:vraagt|vragen)\s+(?:\w+\s+){0,3}?(?:of|wanneer|hoe|hoeveel|waarom|welke?|wat|waar|wie"
    r"|in\s+hoeverre)\b", _I)

# Asked whether the government will tell parliament: "vraagt de minister of zij de Kamer rond
# Prinsjesdag kan informeren over …"
_ASKS_IF_TOLD = re.compile(
    r"\b(?:vraagt|vragen)\s+(?:de\s+(?:minister|staatssecretaris)|het\s+kabinet|de\s+regering)\s+"
    r"of\s+(?:hij|zij|ze|het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris)\s+"
    r"(?:\w+\s+){0,8}?(?:de|uw)\s+Kamer\b[^.?!]{0,120}?\b(?:" + INFORM + r"|sturen|toesturen"
    r"|berichten|rapporteren|toezenden|toekomen)\b", _I)
# Without one of these ``_request`` cannot fire: ``detect`` looks for them first.
_REQUEST_HINT = re.compile(r"zie|\bzag|verzo|vraag|vrag|graag|gaarne|prijs|wens|hoopt|hopen"
                           r"|vertrouw")
# A committee's report closing in trust of written answers (the Eerste Kamer's voorlopig verslag):
# "Vertrouwende, dat de Regering vóór de openbare beraadslaging … op het vorenstaande schriftelijk
# bescheid zal geven, acht de commissie …", "De commissie, in het vertrouwen, dat de Minister op
# het bovenstaande schriftelijk zal willen antwoorden …"
_TRUSTS_ANSWERED = re.compile(
    r"\b(?:vertrouwende|in\s+het\s+vertrouwen)\s*,?\s+dat\s+de\s+(?:minister|regering"
    r"|staatssecretaris|ministers|bewindslieden)\b[^.;]{0,200}?\b(?:antwoorden|beantwoorden"
    r"|bescheid\s+(?:zal\s+)?geven|antwoord\s+(?:zal\s+)?geven)\b", _I)

# A motion or a committee asks the government directly, with or without a date: "verzoekt de
# regering …", "roept het kabinet op …", "draagt de regering op …", "De commissie verzoekt u …".
# (each branch of ``_DIRECTED`` holds one of these words: "brief" and "graag" alone, which
# sent a fifth of the sentences to it, now go with "besluit" and "graag zien")
_DIRECTED_HINT = re.compile(r"verzoek|verzocht|roep|draagt|dragen|toezeg|vrag|gevraagd|pleit"
                            r"|vraagt|graag\s+zien|vroeg|wilde|drong|dring|besluit|weten\s+of"
                            r"|vernemen\s+of|vraag\s+of|overweging|aangenaam|erkentelijk"
                            r"|(?:ziet|zien|zag|zagen)\s+graag"
                            r"|eraan")
# (in a debate also "deze minister", "dit kabinet": the one who sits there)
# (with an adjective: "Ik vraag de Nederlandse regering om …", "het huidige kabinet")
_GOVERNMENT_ADJECTIVE = r"(?:(?:Nederlandse|huidige|nieuwe|demissionaire)\s+)?"
_GOVERNMENT_ADDRESSEE = (r"(?:de(?:ze)?\s+" + _GOVERNMENT_ADJECTIVE + r"regering|(?:het|dit)\s+"
                         + _GOVERNMENT_ADJECTIVE + r"kabinet"
                         r"|de(?:ze)?\s+(?:minister(?:-president)?|staatssecretaris|premier)"
                         r"(?:\s+(?:van|voor)\s+[\w,\s]{3,60}?)?|de\s+bewindspersonen?"
                         r"|de\s+bewindslieden|de\s+bewindsman|de\s+bewindsvrouw)")
_ADDRESSEE = r"(?:" + _GOVERNMENT_ADDRESSEE + r"|u|uw\s+ambtsvoorganger)"
# A member's wish: "zou graag zien dat …", "ziet graag dat …"
_SEES_GLADLY_THAT = r"\b(?:zou(?:den)?\s+graag\s+zien|(?:ziet|zien|zag|zagen)\s+graag)\s+dat\s+"
# A committee decides ("De commissie besluit …", "Besluit: …"), not a decision named ("tot het
# besluit van Schiphol om luchtvaartmaatschappijen te vragen …")
# (the look-ahead first: the look-behinds are then tried only where "besluit" stands, not at
# every position of every sentence; the three branches that open with it took about two thirds
# of ``_DIRECTED``'s time)
_DECIDES = (r"(?=besluit)(?<!\bhet\s)(?<!\been\s)(?<!\bdit\s)(?<!\bdat\s)(?<!\bdeze\s)"
            r"\b(?:besluit|besluiten)\b")
# Who asks, when a verslag puts them after the verb: "Ook verzoeken deze leden de minister …",
# "Tevens vragen de leden van de VVD-fractie de regering om …", "verzoekt de commissie u …"
# (never "ik" or "wij": "Hierbij verzoek ik u …" is a government asking parliament).
_ASKERS_AFTER = (r"(?:\s+(?:de|deze|die|genoemde|voornoemde|bovengenoemde|laatstgenoemde)\s+"
                 r"(?:leden|commissies?|vaste\s+commissie)(?:\s+van\s+de\s+[\w-]+(?:\s+[\w-]+)?"
                 r"(?<=fractie))?|\s+zij)?")
# What a decision list asks for in its shorthand (below): "Verzoek om een kabinetsreactie".
_ASKED_PAPER = (r"(?:kabinets)?(?:reactie|brief|appreciatie|toelichting|afschrift"
                r"|overzicht|notitie|informatie|analyse|update)")
# Every branch starts at a word's edge or at "Besluit: Verzoek …"'s colon: the look-ahead in
# front lets the engine pass the inside of words without trying each branch there.
_DIRECTED = re.compile(
    r"(?=\b|:)(?:"
    # (and an old verslag's past tense: "Zij verzocht de minister de Kamer vóór 1 juni …")
    r"(?=verzo)(?<!\bwordt\s)(?<!\bworden\s)(?<!\bwerd\s)(?<!\bwerden\s)(?<!\bis\s)(?<!\bzijn\s)"
    r"\b(?:verzoekt|verzoeken|verzoek|verzocht|verzochten)" + _ASKERS_AFTER
    + r"\s*,?\s+" + _ADDRESSEE + r"\b"
    # a committee's letter, signed by its chair: "Namens de commissie verzoek ik u …"
    r"|\bnamens\s+de\s+(?:vaste\s+)?commissie\b[^.;]{0,80}?\bverzoek\s+(?:ik|wij|we)\s+"
    + _ADDRESSEE + r"\b"
    # "Besluit: Verzoek aan de minister om een schriftelijke reactie …"
    r"|(?:^|:\s*)[Vv]erzoek\s+aan\s+(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering"
    r"|bewindspersoon)\b"
    # "De leden willen de regering vragen de Kamer jaarlijks te informeren"
    r"|\b(?:wil|willen|zou|zouden)\s+(?:\w+\s+)?" + _GOVERNMENT_ADDRESSEE
    + r"\s+(?:\w+\s+)?(?:vragen|verzoeken)\b(?=[^.;?]{0,160}?\bte\s+(?:\w+\s+)?(?:informeren"
    r"|sturen|zenden|toekomen|delen|verstrekken|rapporteren|toezeggen)\b)"
    # a committee's letter to the minister: "De commissie vraagt u om een reactie op …", "De
    # commissie wil u verzoeken om de beantwoording uiterlijk 15 april … te zenden"
    r"|\bcommissie\b[^.;?]{0,60}?\b(?:vraagt|vragen)\s+u\s+(?:\w+\s+){0,2}?(?:om|te)\b"
    r"|\bcommissie\b[^.;?]{0,60}?\b(?:wil|willen|zou|zouden)\s+u\s+(?:graag\s+)?"
    r"(?:vragen|verzoeken)\b"
    r"|\b(?:roept|roepen)\s*,?\s+(?:de\s+(?:commissie|Kamer)\s+)?" + _ADDRESSEE
    + r"\s+(?:\w+\s+){0,2}?op\b"
    r"|\b(?:draagt|dragen)\s*,?\s+" + _ADDRESSEE + r"\s+op\b"
    # a committee's letter: "Gaarne richt zij tot u als coördinerend minister … het verzoek om
    # een beleidsnotitie te doen opstellen" (not a minister's "Ik richt tot u het verzoek …")
    r"|(?<!\bik\s)(?<!\bwij\s)(?<!\bwe\s)\b(?:richt|richten|richtte|richtten)\s+"
    r"(?!(?:ik|wij|we)\b)(?:\w+\s+){0,2}?(?:tot|aan)\s+" + _ADDRESSEE + r"\b[^.;?]{0,120}?"
    r"\bhet\s+(?:dringende?\s+)?verzoek\b"
    r"|\b(?:de\s+regering|het\s+kabinet)\s+wordt\s+(?:\w+\s+)?verzocht\b"
    # a committee's decision: "Besluit: Minister van Defensie verzoeken om …", "De minister van
    # BZK zal worden verzocht deze vragen uiterlijk 3 juni te beantwoorden"
    r"|\b(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?|[Bb]ewindspersoon|[Rr]egering|[Kk]abinet)\b"
    r"[^.;:]{0,60}?\b(?:zal|zullen|wordt|worden)\s+(?:worden\s+)?verzocht\b"
    r"|\b(?:zal|zullen|wordt|worden)\s+(?:hem|haar|de\s+bewindspersoon)\s+(?:worden\s+)?verzocht\b"
    # "Conform verzoek van het lid Van Campen wordt de minister verzocht om …"
    r"|\b(?:wordt|worden)\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Bb]ewindspersonen?"
    r"|regering|kabinet)(?:\s+(?:van|voor)\s+[\w&,]+(?:\s+(?:en\s+)?[\w&,]+){0,4})?\s+verzocht\b"
    r"|\b(?:[Mm]inister|[Ss]taatssecretaris|[Bb]ewindspersoon)(?:\s+(?:van|voor)\s+[\w&,]+"
    r"(?:\s+(?:en\s+)?[\w&,]+){0,4})?\s+(?:te\s+)?verzoeken\b"
    r"|" + _DECIDES + r"[^.;]{0,80}?\b(?:te\s+)?verzoeken\b"
    r"|" + _DECIDES + r"[^.;]{0,100}?\bte\s+vragen\b"
    r"|\bbesloten\s+(?:om\s+)?" + _ADDRESSEE + r"\s+(?:\w+\s+){0,3}?te\s+(?:vragen|verzoeken)\b"
    # a decision list's shorthand: "Besluit: Reactie vragen aan de staatssecretaris op …"
    r"|\b(?:reactie|brief|informatie|toelichting|appreciatie|kabinetsreactie)\s+(?:\w+\s+){0,3}?"
    r"(?:vragen|verzoeken|gevraagd|verzocht)\s+(?:aan|van)\s+(?:de|het)\s+(?:minister"
    r"|staatssecretaris|kabinet|regering|bewindspersoon)\b"
    # … and, after its "Besluit:", without the addressee after the verb: "Minister BZK rappel
    # sturen", "Verzoek om een kabinetsreactie", "Reactie van de minister vragen binnen drie
    # weken", "Kabinetsreactie vragen op …", "Een reactie … wordt gevraagd", "De minister wordt
    # gevraagd de toezegging na te komen" (not what the committee does itself: "Agenderen voor
    # …", "Brief van de minister afwachten", "Feitelijke vragen stellen")
    r"|\bbesluit\s*:\s*(?:(?:[^.;:]{0,60}?\s)?rappel(?:brief)?\s+(?:sturen|versturen|zenden)\b"
    r"|verzoek\s+(?:aan\s+(?:de|het)\s+\w+\s+)?om\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?"
    + _ASKED_PAPER + r"\b"
    r"|(?:[\w-]+\s+){0,3}?" + _ASKED_PAPER + r"\b[^.;:]{0,80}?\b(?:vragen|verzoeken"
    r"|(?:wordt|worden)\s+(?:\w+\s+)?(?:gevraagd|verzocht))\b"
    r"|(?:de\s+)?(?:minister|staatssecretaris|regering|kabinet)\b[^.;:]{0,60}?"
    r"\b(?:wordt|worden)\s+gevraagd\b)"
    # "De commissie besluit … een brief aan het kabinet te sturen met de vraag …"
    r"|" + _DECIDES + r"[^.;]{0,120}?\bbrief\s+aan\s+(?:het\s+kabinet|de\s+regering|de\s+"
    r"(?:minister|staatssecretaris))\b|\b(?:besluit|besluiten)\b[^.;]{0,80}?\b(?:de\s+minister|de\s+"
    r"staatssecretaris|het\s+kabinet|de\s+regering)\b[^.;]{0,80}?\bbrief\s+te\s+sturen\b"
    # members who ask the government for a deliverable, with or without a date: "De leden vragen
    # de regering de Kamer een afschrift … te doen toekomen", "vragen de staatssecretaris om een
    # nadere uitwerking", "Zij vragen de regering om toe te zeggen dat …" (not "vragen de
    # regering in te gaan op …": that asks for an answer)
    r"|\b(?:vraagt|vragen|vroeg|vroegen)" + _ASKERS_AFTER
    + r"(?:\s+(?:voorts|tevens|ook|daarnaast|verder|nog))?\s*,?\s+" + _GOVERNMENT_ADDRESSEE
    + r"\b(?=[^.;?]{0,160}?\bte\s+(?:\w+\s+)?(?:" + INFORM + r"|sturen|zenden|toekomen|delen"
    r"|verstrekken|rapporteren|toezeggen|voegen)\b"
    # "vroeg de minister daarin ook de risicoreservering per deelproject op te nemen"
    r"|[^.;?]{0,160}?\b(?:daarin|erin|in\s+(?:de|die|het|dat)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:brief"
    r"|rapportage|overzicht|analyse|evaluatie|plan))\b[^.;?]{0,100}?\b(?:op|mee)\s+te\s+nemen\b"
    # "Hij vraagt de staatssecretaris om voor de zomer een eerste indicatie … te geven" (not
    # "aan te geven hoe …": an answer)
    r"|[^.;?]{0,160}?\b(?:een|de|het)\s+(?:[\w-]+\s+){0,3}?(?:indicatie|" + _DELIVERABLE
    + r")\b[^.;?]{0,80}?(?<!\baan\s)\bte\s+(?:geven|leveren|maken|laten)\b"
    r"|[^.;?]{0,40}?\btoe\s+te\s+zeggen\b"
    r"|\s+(?:\w+\s+){0,2}?om\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?" + _DELIVERABLE + r"\b"
    # (the paper as the verb's object: "Zij vragen de regering desondanks een nadere uitwerking
    # van deze toezegging")
    r"|\s+(?:\w+\s+){0,2}?een\s+(?:[\w-]+\s+){0,2}?" + _DELIVERABLE + r"\b(?!\s+te\b))"
    # asked whether the government is willing, as "Is de minister bereid …?" is asked: "De leden
    # vragen de minister of hij bereid is een onderzoek te laten uitvoeren"
    r"|\b(?:vraagt|vragen|vroeg|vroegen)\s+(?:\w+\s+){0,3}?of\s+(?:" + _GOVERNMENT_ADDRESSEE
    + r"|hij|zij|ze)\s+(?:\w+\s+){0,2}?(?:bereid\s+(?:is|zou\s+zijn|was|waren)\b"
    r"(?=[^.;?]{0,160}?\b(?:te|toe)\s)|(?:kan|kon)\s+toezeggen\b)"
    # an old verslag: "… vroeg of de minister de regeling voor herintreders wilde verruimen"
    r"|\b(?:vroeg|vroegen)\s+(?:\w+\s+){0,3}?of\s+" + _GOVERNMENT_ADDRESSEE
    + r"\s+(?:[\w-]+\s+){1,10}?(?:wilde|wou)\s+(?!aangeven|uitleggen|toelichten|verklaren|zeggen"
    r"|reageren)\w+"
    # "Zij drong erop aan dat het plan ook concrete streefcijfers bevat"
    # (or "Met klem drong spreker er bij de minister op aan dit compromisvoorstel … te
    # presenteren", an old verslag)
    r"|\b(?:drong|drongen|dringt|dringen)\s+(?:\w+\s+)?(?:erop|er\s+(?:[\w-]+\s+){0,4}?op)\s+aan\b"
    # "… pleitten genoemde leden er met klem voor haar zo snel mogelijk tot een eind te
    # brengen" (the members, not a minister's "Ik pleit ervoor …")
    r"|\b(?:pleit|pleiten|pleitte|pleitten)\s+(?:(?:de|deze|die|genoemde)\s+leden|zij"
    r"|de\s+commissie)\s+(?:\w+\s+){0,2}?er\s*(?:[\w-]+\s+){0,3}?voor\b"
    r"|\b(?:leden|commissie)\s+(?:[\w.-]+\s+){0,4}?(?:pleit|pleiten|pleitte|pleitten)\s+"
    r"(?:\w+\s+){0,2}?"
    r"er\s*(?:[\w-]+\s+){0,3}?voor\b"
    # "De hier sprekende leden hechtten eraan van de regering alsnog een puntsgewijze reactie te
    # krijgen"
    r"|\b(?:hecht|hechten|hechtte|hechtten)\s+(?:\w+\s+)?eraan\b(?=[^.;?]{0,160}?\bvan\s+(?:de\s+"
    r"regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris|de\s+bewindslieden)\b"
    r"[^.;?]{0,120}?\bte\s+(?:krijgen|ontvangen|vernemen)\b)"
    # "… vraagt hoe het staat met …, en of de staatssecretaris bereid is … te laten doen"
    r"|(?:,\s*|\s)en\s+of\s+(?:" + _GOVERNMENT_ADDRESSEE + r"|hij|zij|ze)\s+(?:\w+\s+){0,2}?"
    r"bereid\s+(?:is|zou\s+zijn)\b(?=[^.;?]{0,160}?\b(?:te|toe)\s)"
    # "De heer Dekker vraagt de staatssecretaris of zij in de brief over de pilots ook de
    # ervaringen van de Hulplijn kan betrekken": what a promised letter should hold
    # (or "Deze leden vragen voorts of de minister in het verslag van de Raad wil ingaan op …")
    r"|\b(?:vraagt|vragen|vroeg|vroegen)\s+(?:" + _GOVERNMENT_ADDRESSEE + r"|(?:\w+\s+)?of\s+"
    + _GOVERNMENT_ADDRESSEE + r")"
    r"\s+(?:of\s+(?:hij|zij|ze)\s+)?in\s+(?:de|die|deze|het|haar|zijn)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:brief|verslag|voortgangsrapportage|rapportage|geannoteerde\s+agenda"
    r"|evaluatie|analyse|monitor|overzicht)"
    r"\b[^.;?]{0,120}?\b(?:betrekken|meenemen|ingaan|opnemen|aangeven)\b"
    # "Zij vragen of in die brief ook aandacht kan worden besteed aan …"
    r"|\b(?:vraagt|vragen|vroeg|vroegen)\s+(?:\w+\s+)?of\s+(?:er\s+)?in\s+(?:de|die|het|dat)\s+"
    r"(?:volgende\s+)?[\w-]*(?:brief|rapportage|evaluatie|overzicht|notitie)\b"
    # "Hij wil weten of de staatssecretaris kan toezeggen dat …", an old verslag's "zouden
    # gaarne vernemen of de Minister bereid is …", "stelden de vraag of …"
    # (looked for from "weten", "vernemen", "vraag": the asking verbs before them are common)
    r"|\b(?:weten|vernemen|de\s+vraag)\s+of\s+(?:"
    + _GOVERNMENT_ADDRESSEE + r"|hij|zij|ze)\s+(?:\w+\s+){0,2}?(?:(?:kan|kon)\s+toezeggen"
    r"|bereid\s+(?:is|was)\b(?=[^.;?]{0,160}?\b(?:te|toe)\s))"
    r"|" + _SEES_GLADLY_THAT + _GOVERNMENT_ADDRESSEE + r"\b"
    r"(?=[^.;?]{0,120}?\b(?:informeert|stuurt|rapporteert|toezendt|deelt|onderzoekt|evalueert"
    r"|op\s+de\s+hoogte\s+(?:houdt|stelt|brengt)"
    r"|laat\s+(?:\w+\s+)?(?:onderzoeken|uitvoeren|uitzoeken|weten)|komt\s+met)\b)"
    # what the next report should hold: "De heer Van As ziet graag dat het volgende
    # subsidieoverzicht een compleet overzicht biedt van alle subsidies"
    r"|" + _SEES_GLADLY_THAT + r"(?:het|de)\s+(?:eerst)?(?:volgende|komende)\s+(?:[\w-]+\s+)?"
    + _DELIVERABLE + r"\b"
    # a committee agrees to a member's request: "Besluit: Ingestemd met het verzoek van het lid
    # Dekker (D66) om een kabinetsreactie op het rapport …" (not one to hold a hearing)
    r"|\b(?:ingestemd|instemmen|stemt\s+in|stemmen\s+in)\s+met\s+het\s+verzoek\s+van\b"
    r"[^.;]{0,120}?\bom\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?(?:kabinetsreactie|reactie|brief"
    r"|appreciatie|" + _DELIVERABLE + r")\b"
    # an old verslag's suggestion: "Deze leden gaven de Minister in overweging een commissie
    # van deskundigen in te stellen"; its wish: "Het zou deze leden aangenaam zijn indien de
    # Regering de resultaten aan de Kamer zou willen overleggen"
    r"|\b(?:geeft|geven|gaf|gaven)\s+(?:(?:zij|hij|(?:deze|die|genoemde)\s+leden)\s+)?"
    + _GOVERNMENT_ADDRESSEE + r"\s+(?:(?:dan|voorts|ook|tevens|nog|daarom)\s+)*in\s+overweging"
    r"\b(?=[^.;?]{0,160}?\bte\s)"
    r"|\b(?:aangenaam|erkentelijk)\s+(?:\w+\s+){0,2}?(?:indien|als|wanneer)\s+"
    + _GOVERNMENT_ADDRESSEE + r"\b(?=[^.;?]{0,160}?\b(?:wil|wilde|zou|zal)\b)"
    # members who want a promise: "Genoemde leden willen de toezegging dat …", "Mijn fractie
    # wil daarom graag de toezegging dat …", "Graag een reactie, en liefst een toezegging dat …"
    r"|\b(?:willen|wil|vragen|vraagt|verzoeken)\s+(?:\w+\s+){0,2}?(?:een|de)\s+toezegging\b"
    r"|\b(?:liefst|graag)\s+(?:ook\s+)?(?:een|de)\s+toezegging\s+(?:dat|om)\b)", _I)
# A letter retelling a motion or a request: "In de motie-Omtzigt verzoekt de Kamer de regering
# …", "Deze motie verzoekt de regering …", "Bij brief van 10 december 2008 verzoekt u …".
_REPORTED_REQUEST = re.compile(
    r"\b(?:in|met|bij)\s+(?:de|haar|zijn|deze|die)\s+(?:\w+\s+)?motie\b|\bmotie-\w+"
    r"|(?-i:\bmotie\b)[^;]{0,100}$|\bdictum\b|\ber\s+staat\b[^;]{0,20}$"
    r"|\b(?:[Dd]eze|[Dd]ie|[Dd]e|[Uu]w|[Hh]aar)\s+(?:aangenomen\s+)?motie\s+(?:\w+\s+){0,3}?$"
    r"|\b[Bb]ij\s+(?:brief|e-?mail|schrijven)\s+van\b", _I)


# A motion's own dictum that names an earlier one: "…; herbevestigt de genoemde motie-Sneller/
# Ellian en verzoekt de regering …"
_REAFFIRMS = re.compile(r";?\s*(?:herbevestigt|bevestigt|spreekt\s+(?:\w+\s+)?uit)\b", _I)
# A member submits it, and its text runs on: "Daarom dien ik de volgende motie in. verzoekt de
# regering, …" (not a motion retold: "Deze motie verzoekt de regering …")
_MOTION_SUBMITTED = re.compile(r"\bmotie\s+(?:in|voor)\s*[.:]\s*$|\bvolgende\s+motie\s*[.:]?\s*$",
                               _I)


_CLOSES_PROMISE = re.compile(r"\b(?:als\s+)?(?:afgedaan|voldaan|nagekomen|uitgevoerd)\s+te\s+"
                             r"(?:beschouwen|markeren|registreren|verklaren)\b|\bstatus\s+van\s+"
                             r"(?:deze|die|de)\s+toezegging\w*\s+(?:\w+\s+)?aan\s+te\s+passen\b",
                             _I)


_FOR_THE_KAMER = re.compile(r"\bnamens\s+(?!(?:mijn|onze?)\s+(?:ambtgeno|collega)|de\s+minister"
                            r"|de\s+staatssecretaris|het\s+kabinet|de\s+regering)", _I)
_I_ASK_YOU = re.compile(r"\b(?:ik|wij|we)\s+verzoek(?:en)?\s+u\b"
                        r"|\bverzoek(?:en)?\s+(?:ik|wij|we)\s+u\b", _I)
# The debate's own order, asked by its chair.
_DEBATE_ORDER = re.compile(r"\b(?:betoog|termijn|beantwoording|interruptie)\s+(?:te\s+vervolgen"
                           r"|voort\s+te\s+zetten|af\s+te\s+ronden)\b|\bhet\s+kort\s+te\s+houden\b",
                           _I)
_ASKED_IN_THE_PAST = re.compile(r"(?:verzocht|vroeg|wilde)", _I)
# (the member's own question retold: "Ik vroeg of de minister …, en het antwoord is nee")
_I_ASKED = re.compile(r"\b(?:ik|wij|we)\s+$", _I)
# (unless it is to be done from now on: "Zij verzocht de bewindsman in de komende jaren de
# verschillende posten uitvoeriger toe te lichten")
_FROM_NOW_ON = re.compile(r"\b(?:in\s+de\s+komende\s+jaren|voortaan|in\s+het\s+vervolg"
                          r"|in\s+de\s+toekomst|bij\s+(?:de|het)\s+volgende)\b", _I)
_TO_ANSWER = re.compile(r"\b(?:aan\s+te\s+geven|in\s+te\s+gaan|toe\s+te\s+lichten"
                        r"|uit\s+te\s+leggen)\b(?!\s+in\s+(?:een|de)\s+brief)", _I)


# Members who ask for figures or a paper, whoever is to give them: "De leden van de
# P.v.d.A.-fractie vroegen om een overzicht van de feitelijke uitgaven", "Voorts vroegen deze
# leden … alsnog om een overzicht van de totale fiscale lasten", "verzoeken om een reactie op de
# brief van de VNG" (not "om een nadere uiteenzetting of onderbouwing van …": an answer), "zouden
# deze leden graag kennis nemen van het advies van de voorlopige raad"
_PAPERS_ASKED = re.compile(
    r"(?:\bleden\b[^;?]{0,80}?\b(?:vragen|vroegen|verzoeken|verzochten)|\b(?:vragen|vroegen"
    r"|verzoeken|verzochten)\s+(?:voorts\s+|tevens\s+|ook\s+|nog\s+)?(?:de|deze|die)\s+leden\b)"
    r"[^;?]{0,160}?\bom\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?(?:overzicht|opgave|tabel|lijst"
    r"|rapportage|analyse|(?:kabinets)?reactie|appreciatie|brief|notitie)\b"
    # (the members or the committee who would: not the government's "wij" in its letter)
    r"|(?:\b(?:zou|zouden|wil|willen)\s+(?:(?:de|deze|die|genoemde)\s+leden|zij|de\s+commissie)"
    r"|\b(?:leden|zij|commissie)\s+(?:zou|zouden|wil|willen))\s+(?:\w+\s+)?(?:graag|gaarne)\s+"
    r"(?:\w+\s+){0,2}?kennis\s+(?:willen\s+)?nemen\s+van\s+(?:het|de|dat|die|deze|dit)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:advies|adviezen|rapport|rapporten|nota|notitie|brief|stukken|tekst"
    r"|verslag|evaluatie|onderzoek|studie|beleidsplan|plan|correspondentie)\b", _I)


def papers_asked(sentence: str) -> Finding | None:
    """Members asking for an overview, figures or a paper, with no one named to give them (read
    after the requests that name the government or a time, which say more)."""
    m = _PAPERS_ASKED.search(sentence)
    if m is None:
        return None
    return Finding("request", "request.papers-asked", 0.7, None, MEMBERS, focus=m.start())


# An old verslag's suggestion or wish is the members' only where they are named ("Deze leden
# gaven de Minister in overweging …"): the Raad van State "geeft de regering in overweging" too.
_SUGGESTED = re.compile(r"overweging|aangenaam|erkentelijk", _I)
_MEMBERS_NAMED = re.compile(r"\b(?:leden|lid|commissie|fractie|zij|hij|ze)\b", _I)


def _directed_request(sentence: str) -> Finding | None:
    m = _DIRECTED.search(sentence)
    if m is None:
        return None
    if _SUGGESTED.search(m.group()) and not _MEMBERS_NAMED.search(sentence, 0, m.end()):
        return None
    if _TO_SAY.search(sentence, m.start()):
        return None  # "vragen of de minister bereid is te erkennen dat …" asks for a view
    if _I_ASK_YOU.search(sentence, max(0, m.start() - 12), m.end() + 8) \
            and not _FOR_THE_KAMER.search(sentence):
        return None  # a minister asks the Kamer ("Ik verzoek u, mede namens mijn ambtgenoten, …
        # om uitstel"), a chair a member (but "namens de commissie" a committee asks)
    if _DEBATE_ORDER.search(sentence, m.end()):
        return None  # the chair: "Ik verzoek de staatssecretaris om haar betoog te vervolgen"
    if _CLOSES_PROMISE.search(sentence, m.start()):
        return None  # the government asks the Kamer: "Ik verzoek u deze toezegging als voldaan
        # te beschouwen", "… de status van deze toezegging aan te passen"
    clause = max(sentence.rfind(";", 0, m.start()), 0)  # a motion's considerations end in ";"
    if _REPORTED_REQUEST.search(sentence[clause:m.start()]) \
            and not _MOTION_SUBMITTED.search(sentence, clause, m.start()) \
            and not _REAFFIRMS.match(sentence, clause):
        return None
    if _ASKED_IN_THE_PAST.match(m.group()) and (
            _PAST_AUX.search(sentence, clause, m.start())
            or (_TO_ANSWER.search(sentence, m.end()) and not _FROM_NOW_ON.search(sentence, m.end()))
            or _I_ASKED.search(sentence, 0, m.start())):
        return None  # "Op 28 mei heeft u mij per brief verzocht …": told; an old verslag's "…
        # verzocht de minister aan te geven hoe …" was answered in the meeting
    return Finding("request", "request.directed", 0.85, None, MEMBERS, focus=m.start())


# Another body asked: "De commissie verzoekt de Algemene Rekenkamer een technische briefing te
# verzorgen", "de griffie zal de Autoriteit Persoonsgegevens om een position paper vragen".
# A request retold in a government letter: "De commissie verzocht mij deze reactie te sturen …",
# "De commissie schreef daarbij: «De commissie verneemt graag vóór 1 februari …»"
_TOLD_ME = re.compile(r"\b(?:verzocht|verzochten|vroeg|vroegen)\s+(?:mij|ons)\b"
                      r"|\b(?:schreef|schreven|schrijft|schrijven)\b[^.;«]{0,60}:\s*[«“\"]", _I)
_ASKED_OF = re.compile(r"\s+om\s+[^.;?]{0,80}?\b(?:vragen|verzoeken)\b", _I)
_ASKING = re.compile(r"\s*\b(?:verzoek(?:t|en)|vraagt|vragen)\s+$", _I)


def _asks_another_body(sentence: str, found: list[Mention]) -> bool:
    return any(x.kind == OTHER and x.text.lower() not in ("zij", "ze", "hij")
               and (_ASKING.search(sentence, max(0, x.start - 12), x.start)
                    or _ASKED_OF.match(sentence, x.end)) for x in found)


def _request(sentence: str, found: list[Mention],
             deadline: Callable[[], Deadline | None]) -> Finding | None:
    if "ertrouw" in sentence and _TRUSTS_ANSWERED.search(sentence):
        return Finding("request", "request.members-trust", 0.75, None, MEMBERS)
    asks = _ASKS_DELIVERY.search(sentence)
    if asks is not None:
        subject = subject_at(sentence, found, asks.start(), asks.start() + 6)
        if subject is not None and subject.kind == MEMBERS:
            return Finding("request", "request.members-ask-delivery", 0.75, subject.text,
                           MEMBERS)
    told = _ASKS_IF_TOLD.search(sentence) if "of" in sentence else None
    if told is not None and deadline() is not None:
        before = [x for x in found if x.start < told.start()]  # (a name may follow "Het lid")
        subject = before[-1] if before else None
        if subject is not None and (subject.kind == MEMBERS or subject.text.lower() in (
                "hij", "zij", "ze")):
            # a verslag: "Hij vraagt de minister of zij de Kamer rond Prinsjesdag kan informeren
            # over …" (a member asks for a letter by a time)
            return Finding("request", "request.members-deadline", 0.75, subject.text, MEMBERS)
    if not _REQUEST.search(sentence) or _asks_another_body(sentence, found) \
            or _TOLD_ME.search(sentence):
        return None
    # (who asks by a time, read before the time is: most sentences with a request's words ask
    # no one by one, and a deadline is the costliest thing a rule asks for)
    asked = _asked_by_a_time(sentence, found)
    waits = _WAITS_FOR.search(sentence)
    if asked is None and waits is None:
        return None
    due = deadline()
    if due is None:
        if waits is None:
            return None
        subject = subject_at(sentence, found, waits.start(),
                             waits.start() + len(waits.group().split()[0]))
        asker = _asker(subject, sentence)
        if asker is None and subject is not None and (subject.kind == PARL or (
                subject.text.lower() in ("zij", "ze") and _GOVERNMENTS_ANSWER.search(sentence))):
            asker = subject.text
        if asker is not None:
            # "De commissie ziet de beantwoording met belangstelling tegemoet", a verslag's "…;
            # zij zien de reactie van de regering op dat advies graag tegemoet"
            return Finding("request", "request.members-wait", 0.7, asker, MEMBERS)
        return None
    if due.precision == "conditional" and not _GLADLY.search(sentence):
        return None  # "Graag ontvangt de commissie de antwoorden voor het notaoverleg" asks
    return asked


def _asked_by_a_time(sentence: str, found: list[Mention]) -> Finding | None:
    """The request a sentence with a time makes: parliament's members, a committee, the
    Kamer asking in their own words ("De commissie ontvangt graag …", "verzoeken de regering
    …")."""
    for m in _REQUEST.finditer(sentence):
        if _ASKS_WHETHER.match(sentence, m.start()):
            continue  # "vragen of de minister bereid is …": a question, not a deadline asked
        if m.group().lower().startswith("verzocht") and _PAST_AUX.search(sentence, 0, m.start()):
            continue  # "heeft het lid Omtzigt verzocht om …": told, not asked here
        at = m.start()
        if m.group().lower().startswith("graag"):  # "Graag ontvangt de commissie …": its verb
            at = m.start() + len(m.group().split()[0]) + 1
            wants = _WANTS_BEFORE.search(sentence, 0, m.start())
            if wants is not None:  # "De commissie wil graag … een brief ontvangen"
                at = wants.start()
        subject = subject_at(sentence, found, at, at + len(sentence[at:].split()[0]))
        if (asker := _asker(subject, sentence)) is not None:
            return Finding("request", "request.members-deadline", 0.85, asker, MEMBERS)
        if subject is not None and subject.text.lower() in ("zij", "ze") and (
                subject.start == 0 or _INVERTED_ZIJ.match(sentence)) \
                and ("graag" in m.group().lower() or "tegemoet" in m.group().lower()):
            # a verslag's "Zij ontvangen graag vóór 1 oktober een overzicht …", a committee's
            # "Zij ziet binnen zes weken … uw reactie tegemoet": the members or the committee just
            # named (no one else opens a sentence asking the government by a date)
            return Finding("request", "request.members-deadline", 0.75, subject.text, MEMBERS)
        if subject is not None and subject.kind == PARL and "graag" in sentence[:m.end()].lower():
            # the Eerste Kamer's rappel: "De Kamer verneemt graag vóór … wat de stand is"; a
            # rapporteur's "Graag ziet de Kamer begin 2026 de uitkomsten … tegemoet"
            return Finding("request", "request.members-deadline", 0.8, subject.text, MEMBERS)
        if subject is None and re.search(r"\b(?:de\s+regering|het\s+kabinet)\s+(?:wordt\s+)?"
                                         r"(?:verzocht|gevraagd)\b", sentence, _I):
            return Finding("request", "request.members-deadline", 0.7, None, MEMBERS)
    return None


# "Kunt u deze vragen beantwoorden voor de plenaire behandeling van de begroting?": by an event
# (also a meeting elsewhere: "voor de start van de trilogen", "voor de Eurogroep")
_BEFORE_EVENT = re.compile(r"\b(?:v[oó][oó]r|voordat)\s+"
                           r"(?:(?:aanvang|de\s+start|het\s+begin)\s+van\s+)?"
                           r"(?:het|de)\s+(?:[\w-]+\s+){0,4}?"
                           r"(?:\w*debat|\w*behandeling|\w*overleg|stemmingen?|trilogen|triloog"
                           r"|\w*raad|\w*top|eurogroep|onderhandelingen)\b"
                           # "voordat de begroting van Asiel en Migratie … wordt behandeld"
                           r"|\bvoordat\s+(?:het|de)\s+[^.?;]{0,80}?\b(?:wordt|worden)\s+"
                           r"(?:behandeld|besproken)\b", _I)
_GLADLY = re.compile(r"\bgraag\b|\bop\s+prijs\b", _I)
# "Niettemin zien zij de beantwoording binnen twee weken … tegemoet": one word, the verb, "zij"
_INVERTED_ZIJ = re.compile(r"\w+,?\s+(?:zie[nt]?|ontvangt|ontvangen|verneemt|vernemen)"
                           r"\s+(?:zij|ze)\b", _I)
_WANTS_BEFORE = re.compile(r"\b(?:wil|willen|wenst|wensen|zou|zouden)\s+(?:[\w-]+\s+){0,4}$", _I)
# A committee's letter, in its chair's words: "Namens de commissie zie ik uw reactie graag …"
_ON_BEHALF = re.compile(r"\bnamens\s+(de\s+(?:vaste\s+)?commissie)\b", _I)


def _asker(subject: Mention | None, sentence: str) -> str | None:
    """Who asks, if the subject is parliament's: members, a committee, or its chair writing on
    its behalf (then the committee asks)."""
    if subject is None:
        return None
    if subject.kind == MEMBERS:
        return subject.text
    on_behalf = _ON_BEHALF.search(sentence) if subject.kind == SELF else None
    return on_behalf.group(1) if on_behalf is not None else None


# A member's question that asks for a promise or a deliverable: "Kan de minister toezeggen dat
# …?", "Is de staatssecretaris bereid de Kamer voor de zomer te informeren?".
_ASKED = re.compile(
    r"^(?:\d+(?:\.\s*|\s+)|Vraag\s+\d+\s*[:.]\s*)?(?:(?:en|ook|dan|verder|tot\s+slot|voorzitter"
    r"|zo\s+ja|zo\s+nee|zo\s+neen|zo\s+niet|indien\s+ja|indien\s+niet)[,.]?\s+)*"
    # (and an old verslag's questions in the past tense: "Kon de minister toezeggen dat …?")
    r"(?:kan|kunt|kunnen|wil|wilt|willen|zal|zult|zullen|is|bent|zou|zoudt|gaat|belooft|zegt|zijn"
    r"|kon|wilde|was)\s+"
    r"(?:de(?:ze)?\s+(?:minister"
    r"(?:-president)?|staatssecretaris|regering|premier|bewindspersoon|bewinds(?:man|vrouw))"
    r"|(?:het|dit)\s+kabinet"
    r"|u|zij|hij"
    r"|de\s+ministers|de\s+bewindslieden)\b"
    r"|^(?:\d+(?:\.\s*|\s+))?(?:kunnen|kan)\s+(?:de|het|deze|die|dat|dit)\s+[^?]{0,120}?\b(?:gedeeld|gestuurd"
    r"|toegezonden|verstrekt|meegenomen|opgenomen)\s+worden\b"
    r"|^(?:\d+(?:\.\s*|\s+))?(?:kunnen|kan)\s+(?:de|het|deze|die|dat|dit)\s+[^?]{0,120}?\bworden\s+"
    r"(?:gedeeld|gestuurd|toegezonden|verstrekt|meegenomen|opgenomen)\b"
    r"|(?:^|\bzo\s+(?:ja|nee)[,.]?\s+(?:\w+\s+){0,3}?)(?:en\s+)?bent\s+u\s+bereid\b", _I)
# Asked later in the question: "Zo ja, vindt u … en kunt u de Kamer …?", "…, kunt u de Kamer …?"
_ASKED_LATER = re.compile(r"(?:[,;]\s*|\ben\s+)(?:kunt|wilt|zult)\s+u\s+"
                          r"(?=(?:\w+\s+){0,3}?(?:de|uw)\s+Kamer\b)", _I)
# "Indien …, bent u bereid om …?", "… en bent u bereid te bevorderen dat …?", "is de minister
# dan bereid om een onderzoek te doen?", "Is er bereidheid om …?"
_WHICH = re.compile(r"\b(?:welke|wat|hoeveel|waartoe)\s+(?:\w+\s+){0,4}?(?:bent\s+u|is\s+(?:de|het)"
                    r"\s+\w+)\s+bereid\b", _I)
# (after a heading run into the question: "(Ingezonden 11 september 1986) Zijn de ministers
# bereid …?")
# The members of the government together: "de ministers", "deze twee bewindspersonen".
_MEMBERS_OF_GOVERNMENT = (r"(?:de|deze|beide)\s+(?:twee\s+|beide\s+|huidige\s+|betrokken\s+)?"
                          r"(?:ministers"
                          r"|staatssecretarissen|bewindspersonen|bewindslieden)")
# (with a portfolio: "is de Minister van Verkeer en Waterstaat dan bereid …?")
_PORTFOLIO = r"(?:\s+van\s+(?-i:[A-Z])[\w-]*(?:\s+(?:en\s+)?(?-i:[A-Z])[\w-]*){0,4})?"
# (after a question's number too: "7. Bent u bereid …?")
_IS_THE_GOVERNMENT = (r"(?:^(?:\d{1,2}(?:\.\s*|\s+)|Vraag\s+\d+\s*[:.]?\s*)?|[,;]\s*|\)\s+"
                      r"|\b(?:en|of)\s+)(?:bent\s+u|(?:is\s+"
                      r"(?:de(?:ze)?\s+minister" + _PORTFOLIO
                      + r"|de(?:ze)?\s+staatssecretaris" + _PORTFOLIO
                      + r"|(?:het|dit)\s+kabinet|de\s+regering|hij|zij"
                      r"|de\s+bewinds(?:man|vrouw|persoon)"
                      r"|men)"
                      r"|zijn\s+" + _MEMBERS_OF_GOVERNMENT + r")(?:\s+dan)?)\s+")
_BEREID_ASKED = re.compile(_IS_THE_GOVERNMENT + r"bereid\b|^is\s+er\s+bereidheid\b"
                           # "Heeft u de bereidheid om de wolf …?"
                           r"|(?:^|[,;]\s*|\ben\s+)(?:heeft|hebt)\s+(?:u|de\s+minister"
                           r"|de\s+staatssecretaris|het\s+kabinet|de\s+regering)\s+(?:de\s+)?"
                           r"bereidheid\b", _I)
# "Indien de bewindslieden van oordeel zijn dat …, zijn zij dan bereid …?": "zij" are the
# members of the government the question named before
# (or "… en zijn zij in dit verband bereid …?")
_THEY_WILLING = re.compile(r"(?:[,;]\s*|\ben\s+)zijn\s+zij\s+(?:(?:dan|ook|in\s+dit\s+verband"
                           r"|daarom|alsnog)\s+)?bereid\b", _I)
_GOVERNMENT_NAMED_BEFORE = re.compile(r"\b" + _MEMBERS_OF_GOVERNMENT + r"\b", _I)
# "Kan de Kamer de correspondentie … ontvangen?", "Kan de Kamer een overzicht krijgen van …?"
_PARLIAMENT_GETS_ASKED = re.compile(
    r"^(?:\d+(?:\.\s*|\s+)|Vraag\s+\d+\s*[:.]?\s*)?(?:zo\s+(?:ja|nee)[,.]?\s+)?(?:kan|kunnen|mag|zal)\s+"
    r"(?:de|uw)\s+Kamer"
    r"\s+[^?]{0,150}?\b(?:ontvangen|krijgen|tegemoet\s*zien|inzien)\b"
    # in the passive: "Kan deze enquête aan deze Kamer worden overgelegd?"
    # (or after the question before it: "Zo ja, kan het resultaat aan de Kamer worden
    # medegedeeld?")
    r"|^(?:\d+(?:\.\s*|\s+))?(?:zo\s+(?:ja|nee)[,.]?\s+)?(?:kan|kunnen|zal|zullen)\b[^?]{0,120}?"
    r"\baan\s+(?:deze|de|uw)\s+Kamer\s+(?:\w+\s+)?worden\s+(?:overgelegd"
    r"|toegezonden|toegestuurd|gezonden|voorgelegd|verstrekt|aangeboden|me(?:d)?egedeeld"
    r"|gemeld)\b"
    # "Kunnen de doorrekeningen … uiterlijk half februari naar de Kamer komen?"
    r"|^(?:\d+(?:\.\s*|\s+)|Vraag\s+\d+\s*[:.]?\s*)?(?:zo\s+(?:ja|nee)[,.]?\s+)?(?:kan|kunnen"
    r"|zal|zullen)\b[^?]{0,180}?\bnaar\s+(?:deze|de|uw)\s+Kamer\s+(?:komen|gaan"
    r"|(?:worden\s+)?(?:gestuurd|gezonden))\b", _I)
# Willing to say something, not to do it: "Bent u bereid te erkennen dat …?", "… bereid om
# afstand te nemen van …?".
_TO_SAY = re.compile(r"\bbereid\s+(?:om\s+)?(?:\w+\s+){0,2}?(?:te\s+(?:erkennen|bevestigen"
                     r"|veroordelen|onderschrijven)|toe\s+te\s+geven|uit\s+te\s+spreken"
                     r"|afstand\s+te\s+nemen"
                     # an opinion or a fact in the answer: "Is de Minister bereid zijn oordeel te
                     # geven over …?", "… bereid mede te delen welke feiten …?" (not "… deze
                     # opvatting mede te delen aan de EG-commissaris": a deed)
                     r"|(?:zijn|haar|hun|uw)\s+(?:oordeel|mening|visie)\s+te\s+geven"
                     r"|(?:mede|mee)\s+te\s+delen\s+(?:welke|wat|of|hoe|waarom|wanneer))\b", _I)
# Asked whether the government means to tell parliament something ("Bent u voornemens om de
# cijfers met de Kamer te delen?"); asked only what it intends ("Bent u voornemens een dergelijk
# instrument te ontwikkelen?") is a question, as the labellers read it.
_INTENDS_TO_TELL = re.compile(
    _IS_THE_GOVERNMENT + r"(?:voornemens|van\s+plan)\b(?=[^?]*\b(?:Kamer|parlement)\b[^?]*\bte\s+"
    r"(?:\w+\s+)?(?:" + INFORM + r"|sturen|zenden|delen|toekomen|rapporteren|berichten)\b)", _I)
# What a question asks the government to do: an infinitive at the clause end ("in overleg
# treden", "een nieuwe poging doen", "voor die voorwaarden zorgen").
# (or figures: "Wilt u vóór 1 mei a.s. een overzicht geven per groeikern …?")
_TELL_BY = re.compile(r"\b(?:aangeven|meedelen|mededelen)\b|\been\s+(?:[\w-]+\s+){0,2}?(?:overzicht"
                      r"|opgave|lijst)\s+(?:[\w-]+\s+){0,3}?(?:ge-?\s?ven|verstrekken)\b", _I)
_ASKED_ACTION = re.compile(r"\b(?:treden|doen|zorgen|zorg\s+dragen|nemen|komen|maken|onderzoeken"
                           r"|regelen|nagaan"
                           r"|bevorderen|stoppen|aanpassen|wijzigen|starten|opstellen|uitwerken"
                           r"|voorkomen|aanpakken|betrekken|meenemen|organiseren|uitvoeren|bieden"
                           r"|verbeteren|inzetten|intrekken|toezien|toevoegen|invoeren"
                           # a policy to change: "Wilt u het standpunt … heroverwegen?"
                           r"|heroverwegen|herzien|schrappen|opschorten|terugdraaien|stopzetten"
                           r"|beëindigen|agenderen|aankaarten|aan\s+de\s+orde\s+stellen"
                           # "Wilt u bij de Europese Commissie pleiten voor …?"
                           r"|pleiten|bepleiten"
                           # "Wilt u de ambassadeurs instrueren dat zij …?"
                           r"|instrueren|opdragen"
                           # made public: "Kan de Minister op korte termijn zijn standpunt …
                           # bekendmaken?"
                           r"|bekend\s*maken|openbaar\s*maken|publiceren)\b", _I)
_PROMISE_ASKED = re.compile(r"\btoe\s*(?:te\s+)?zeggen\b|\b(?:zeggen|zegt)\b[^?]{0,80}\btoe\b"
                            r"|\bbereid\b"
                            r"|\bKamer\b[^?]{0,60}\bvoorzien\b"
                            r"|\bbelooft\b|\b(?:delen|meenemen|opnemen|sturen|toesturen)\b"
                            r"|\b(?:gedeeld|gestuurd|toegezonden|verstrekt)\s+worden\b"
                            r"|\bworden\s+(?:gedeeld|gestuurd|toegezonden|verstrekt)\b", _I)
_AGREES_ASKED = re.compile(r"^(?:\d+(?:\.\s*|\s+)|Vraag\s+\d+\s*[:.]\s*)?(?:bent|is|zijn)\s+"
                           r"(?:u|de\s+\w+|het\s+kabinet)\s+het\s+(?:er\s*mee\s+|met\s+[^?]*?)?"
                           r"eens\b", _I)
# A deed asked of the government, beside a question that otherwise asks a view, a fact or an
# answer in the debate: "…, en bent u bereid ze met de Kamer te delen?"
_DEEDS = (r"bereid|toe\s*(?:te\s+)?zeggen|toezeg\w*|\w*sturen|\w*stuurt|" + INFORM + r"|informeert"
          r"|meenemen|mee\s+te\s+nemen|onderzoeken|uitzoeken|navragen|nagaan|laten\s+weten"
          r"|terugkoppel\w*|terug\s+te\s+koppelen|terug\s+te\s+komen|terugkomen")
_DEED_ASKED = re.compile(r"\b(?:" + _DEEDS + r")\b", _I)
_DELIVERY_ASKED = re.compile(
    r"\bbereid\b|\b(?:" + INFORM + r"|" + BERICHTEN
    + r"|(?:toe|door|na)?sturen|(?:toe)?zenden|toekomen"
    # (figures or a promised paper, "Wilt u een opgave verstrekken van …", not what an answer
    # tells: "Kunt u nadere informatie verstrekken over …?")
    r"|verstrekken(?!\s+over\b)"
    r"|rapporteren|terugkoppelen|terug\s+te\s+koppelen|te\s+komen\s+met|komen\s+met)\b"
    # papers handed over: "Wilt u de meest recente gegevens over-leggen over …?" (a scan keeps
    # its line-break hyphen there; not a talk: "Bent u bereid met de KNVB … te overleggen")
    r"|\b(?:gegevens|stukken|cijfers|bescheiden|documenten|correspondentie|rapport\w*|overzicht\w*"
    r"|nota|brieven|afschrift\w*|kopie\w*)\b[^?]{0,80}?\bover-?leggen\b(?!\s+met\b)", _I)

# Kept informed, as "informeren" asks: "Wilt u de Kamer op de hoogte houden van de voortgang?"
# (the Kamer's, not others': "… hoe u omwonenden op de hoogte houdt?")
_KEPT_INFORMED = re.compile(r"\b(?:de|uw|deze)\s+Kamer\b[^?]{0,60}?\bop\s+de\s+"
                            r"hoogte\s+(?:te\s+)?(?:houden|stellen|brengen)\b", _I)


# A question's leading clause: "Als dat niet lukt, kan de minister dan toezeggen …?", "Indien
# dit het geval is — bent u bereid …?". What follows it is what is asked.
_LEADING_CLAUSE = re.compile(
    r"^(?:\d+(?:\.\s*|\s+))?(?:(?:en|maar|dus)\s+)?(?:als|indien|mocht|mochten|nu|omdat|zodra|stel\s+dat|gezien)\b"
    r"[^?]{0,200}?(?:,|\s[—–-])\s+(?=(?:kan|kunt|wil|wilt|zal|zult|zou|zoudt|is|bent|gaat|komt"
    r"|krijgt|krijgen|ontvangt|ontvangen|kunnen|mag)\b)", _I)
# "Wanneer stuurt u het evaluatierapport naar de Kamer?", "Wanneer komt de minister met het
# wetsvoorstel?": when the government delivers (not "Wanneer kan de Kamer … tegemoetzien?",
# which the labellers of verslagen read as a question).
_WHEN_DELIVERED = re.compile(
    r"^(?:\d+(?:\.\s*|\s+))?(?:(?:en|dan|maar|voorzitter)[,.]?\s+)?(?:wanneer|op\s+welke?\s+(?:termijn"
    r"|moment|datum))\s+(?:(?:stuurt|zendt|informeert|komt|gaat|zal|zult|kan|kunt)\s+(?:u\b|de"
    r"\s+minister(?:-president)?|de\s+staatssecretaris|het\s+kabinet|de\s+regering|hij\b|zij\b)"
    # "Wanneer wordt de Kamer daarover geïnformeerd?"
    r"|(?:wordt|worden)\s+(?:de|uw)\s+Kamer\b)"
    r"(?=[^?]{0,200}?\b(?:Kamer|brief|rapport\w*|evaluatie\w*|wetsvoorstel|voorstel|nota"
    r"|kabinetsreactie|plan|visie|overzicht|update|tegemoet\s*zien|ontvangen|krijgen|" + INFORM
    + r"|" + INFORMED + r"|sturen|toesturen)\b)", _I)


# "Ik zou graag een antwoord op die vraag hebben voordat we gaan stemmen": an answer in writing,
# before the vote
_ANSWER_BEFORE_VOTE = re.compile(r"\b(?:antwoord|reactie)\b[^.?!]{0,80}?\b(?:voordat\s+(?:we|wij)"
                                 r"\s+(?:gaan\s+)?stemmen|v[oó][oó]r\s+de\s+stemming(?:en)?)\b",
                                 _I)
_SOON_BY = re.compile(r"\b(?:v[oó][oó]r|uiterlijk)\s+(?:de\s+stemmingen|morgen|\d|het\s+\w+reces)",
                      _I)
# What opens a question before it asks: "Het hoeft niet morgen, maar wil het kabinet …?",
# "Dank daarvoor; kan zij …?"
_BUT_ASKS = re.compile(r"^[^?]{0,160}?(?:,\s+maar|;)\s+(?=(?:kan|kunt|wil|wilt|zal|zult|zou|gaat"
                       r"|komt)\b)", _I)


_THEN_ASKED = re.compile(r",\s*(?:en\s*,?\s*)?zo\s+(?:ja|nee|neen)\s*,\s*", _I)


def _core(question: str) -> str:
    """A question without its leading clause."""
    m = _LEADING_CLAUSE.match(question) or _BUT_ASKS.match(question)
    return question[m.end():] if m else question


# The written question's opening: whether the minister knows a report, nothing asked of her.
_ACQUAINTED = re.compile(r"(?:\d{1,2}[.)]?\s+|Vraag\s+\d+\s*[:.]?\s*)?(?:Bent\s+u\s+(?:ermee\s+)?"
                         r"bekend\s+met|Kent\s+u|He(?:eft|bt)\s+u\s+kennis\s*genomen\s+van"
                         # "Kunt u zich herinneren, dat ik heb gevraagd te bevorderen, dat …?"
                         r"|Kunt\s+u\s+zich\s+herinneren|Herinnert\s+u\s+zich)\b", _I)


# The reason a question gives after what it asks: "Kunt u de cijfers per ommegaande doorsturen,
# nu u de vragen niet binnen de gebruikelijke termijn zegt te kunnen beantwoorden?"
_REASON_AFTER = re.compile(r",\s+(?:nu|omdat|aangezien|daar)\s[^?]*", _I)


def _asks_for_promise(sentence: str, deadline: Callable[[], Deadline | None] | None = None
                      ) -> Finding | None:
    if _ACQUAINTED.match(sentence) and not _BEREID_ASKED.search(sentence):
        return None  # "Bent u bekend met berichten dat mensen … wachten op … de uitslag?"
    if re.search(r"\b(?:beantwoorden|antwoorden)\b", _REASON_AFTER.sub("", sentence), _I):
        # "Kunt u deze vragen vóór 6 februari beantwoorden?" asks by a date; "Bent u bereid om
        # alle vragen apart te beantwoorden?" is about the answers
        due = deadline() if deadline is not None else None
        if (due is None and not _BEFORE_EVENT.search(sentence)) or not (
                _ASKS_TO_DO.search(sentence) or _BEREID_ASKED.search(sentence)):
            return None
        return Finding("request", "request.asks-answers-by", 0.7, None, MEMBERS)
    told = _TELL_BY.search(sentence)
    if told is not None and deadline is not None and _ASKS_TO_DO.search(sentence):
        # "Kunt u voor 1 april aanstaande aangeven of …?": an answer asked by a day (not "Kunt
        # u aangeven of u voor 1 april besluit?", the day of what is asked about)
        due = deadline()
        if due is not None and due.due is not None and due.precision in ("day", "month") \
                and due.end <= told.start():
            return Finding("request", "request.asks-answers-by", 0.65, None, MEMBERS)
    if _WHICH.search(sentence):
        return None  # "Zo ja, welke maatregelen bent u bereid te nemen?" asks which
    if _WHEN_DELIVERED.match(_core(sentence)):
        return Finding("request", "request.asks-when", 0.65, None, MEMBERS)
    if _TO_SAY.search(sentence):
        return None  # "Bent u bereid te erkennen dat …?" asks for a view, not a deed
    they = _THEY_WILLING.search(sentence)
    if _BEREID_ASKED.search(sentence) or _INTENDS_TO_TELL.search(sentence) or (
            they and _GOVERNMENT_NAMED_BEFORE.search(sentence, 0, they.start())):
        return Finding("request", "request.asks-promise", 0.75, None, MEMBERS)
    if _PARLIAMENT_GETS_ASKED.match(sentence):
        return Finding("request", "request.asks-delivery", 0.7, None, MEMBERS)
    # (after its leading clause: "3. Indien …, wil de Minister dan bevorderen, dat …?", or
    # after the question it follows: "Is het bekend …, en, zo neen, wil hij dit dan doen
    # onderzoeken?")
    tail = _core(sentence[sentence.rfind(":") + 1:].strip() or sentence)
    tail = tail[max((m.end() for m in _THEN_ASKED.finditer(tail)), default=0):]
    if _ASKS_TO_DO.search(tail) and _ASKED_ACTION.search(tail) and not _ANSWER_VERBS.search(tail) \
            and not _NO_ONE_ASKED.match(tail) and not _RHETORICAL.match(tail):
        return Finding("request", "request.asks-action", 0.65, None, MEMBERS)
    if not _ASKED.match(sentence) and not _ASKED_LATER.search(sentence):
        cut = max(sentence.rfind(") "), sentence.rfind(": "))
        if cut < 0 or not _ASKED.match(sentence, cut + 2):
            return None  # "Inbreng begrotingsrapporteurs (…) Kan het kabinet …?" reads on
    if _AGREES_ASKED.match(sentence) and not _DEED_ASKED.search(sentence):
        return None  # a view asked: "Bent u het ermee eens dat het onwenselijk is dat iemand
        # geld verdient aan het delen van tactieken …?" ("delen" the noun)
    if _PROMISE_ASKED.search(sentence):
        return Finding("request", "request.asks-promise", 0.8, None, MEMBERS)
    if (_DELIVERY_ASKED.search(sentence) and _TELL_VERBS.search(sentence)) \
            or ("hoogte" in sentence and _KEPT_INFORMED.search(sentence)):
        return Finding("request", "request.asks-delivery", 0.7, None, MEMBERS)
    return None


# --- debates ----------------------------------------------------------------------------------

# What a member asks in a debate: "Ik wil dat de minister onderzoek doet naar …", "ik ga … een
# toezegging vragen om de Kamer te informeren", "Als u kunt toezeggen dat …", "Is de minister
# bereid om dat mee te nemen?", "Krijgen we daar als Kamer bericht over voor …?".
# Whom a member asks in a debate.
_ASKED_GOVERNMENT = (r"(?:de(?:ze)?\s+minister(?:-president)?|de\s+premier"
                     r"|de(?:ze)?\s+staatssecretaris"
                     r"|(?:het|dit)\s+" + _GOVERNMENT_ADJECTIVE + r"kabinet"
                     r"|de(?:ze)?\s+" + _GOVERNMENT_ADJECTIVE + r"regering"
                     # "Ik wil dat deze twee bewindspersonen zich daarvoor hard gaan maken"
                     r"|" + _MEMBERS_OF_GOVERNMENT + ")")
# What a member wishes the government to deliver: "… de Kamer een brief stuurt", "… met ons
# deelt", "… op papier zet hoe …".
_DELIVERS = (r"\b(?:Kamer|brief|informeert|stuurt|komt\s+met|deelt|op\s+papier"
             r"|op\s+een\s+rij|schriftelijk)\b")
_MEMBER_ASKS = re.compile(
    # a promise asked for: "Ik probeer deze toezegging zo concreet mogelijk van de minister te
    # horen", "Ik hoop dat ik de minister kan verleiden tot de toezegging dat …" (not one heard
    # before: "de toezegging die ik van de minister heb gehoord")
    r"\b(?:een|de|die|deze)\s+toezegging\s+(?:(?!(?:die|dat|heb|hebt|heeft|hebben|is|was)\b)"
    r"\w+\s+){0,7}?(?:te\s+)?(?:vragen|hebben|krijgen|horen)\b"
    r"|\bverleiden\s+tot\s+(?:een|de|die|deze)\s+toezegging\b"
    # … or wanted, whoever is named for it: "Ik wil graag van de staatssecretaris en van de
    # minister een toezegging dat ze daarop zullen inzetten"
    r"|\b(?:wil|willen|zou|zouden)\s+(?:(?:ik|wij|we)\s+)?(?:(?:graag|dan|wel|toch|nu)\s+)*"
    r"(?:van\s+[^.?!;]{0,80}?\s+)?(?:een\s+toezegging|de\s+toezegging\s+dat)\b"
    # a member asks the minister, who is "u" in a committee's debate: "Wij vragen u om samen met
    # ondernemingsverenigingen een actieplan te maken"
    r"|\b(?:ik|wij|we)\s+(?:(?:dan|daarom|ook|dus|nu|wel)\s+)?(?:vraag|vragen|verzoek|verzoeken)"
    r"\s+u\s+(?:(?:dan|daarom|ook|dus|nu|wel|dringend)\s+)*(?:om\s+)?(?=[^.?!;:]{0,160}?\bte\s+\w)"
    # what a member expects to be delivered: "verwacht ik van hem of een andere bewindspersoon
    # een uiteenzetting van de reden", "Ik verwacht dan een cijfermatige onderbouwing"
    r"|\b(?:(?:ik|wij|we)\s+verwacht(?:en)?|verwacht(?:en)?\s+(?:ik|wij|we))\s+"
    r"(?:(?:dan|dus|ook|wel|echt|graag)\s+)*(?:van\s+[^.?!;]{0,60}?\s+)?(?:een|de)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:uiteenzetting|onderbouwing|brief|reactie|kabinetsreactie|overzicht"
    r"|toezegging"
    r"|analyse|notitie|plan|voorstel|uitwerking|evaluatie|rapportage|update|wetsvoorstel)\b"
    # an appeal: "Ik zou een appel willen doen op de minister om …", "Ik doe een dringend appel
    # op het kabinet"
    r"|\bappel\b[^.?!]{0,30}?\bop\s+" + _ASKED_GOVERNMENT + r"\b"
    # the Reglement van Orde's right to information: "Ik doe een beroep op artikel 68 en vraag
    # om de informatieve nota's … naar de Kamer te sturen" (the second verb's "ik" left out)
    r"|\b(?:doe|doen)\s+(?:(?:ik|wij|we|dan|daarom|hierbij|nu)\s+)*(?:een\s+)?(?:\w+\s+)?beroep"
    r"\s+op\s+artikel\s+68\b"
    r"|\ben\s+(?:vraag|verzoek)\s+om\b(?=[^.?!;:]{0,200}?\bte\s+\w)"
    # a promise asked for by name: "Ik vraag daarom om de toezegging om de decentrale overheden …"
    r"|\b(?:vraag|vragen|verzoek|verzoeken)\s+(?:(?:ik|wij|we|daarom|dan|dus|ook|wel)\s+)*om\s+"
    r"(?:een|de)\s+toezegging\b"
    # "Graag een toezegging daarop dus."
    r"|^(?:(?:en|dus|dan|voorzitter|maar)[,.]?\s+)*graag\s+(?:een|de)\s+toezegging\b"
    # asked in passing: "Wellicht kan u ons daar ook nog eens over informeren"
    r"|\b(?:wellicht|misschien)\s+(?:kan|kunt|wil|wilt|zou|zoudt)\s+(?:u|de\s+minister"
    r"|de\s+staatssecretaris|het\s+kabinet|hij|zij)\s+(?:ons|de\s+Kamer)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:" + INFORM + r"|berichten|toesturen|toezenden|sturen|rapporteren|laten\s+weten)\b"
    # a call without its addressee, which in a debate is the government: "Anderzijds roep ik op
    # om ook internationaal die open geest te hebben" (not "roep ik de collega's op")
    r"|\b(?:roep|roepen)\s+(?:ik|wij|we)\s+(?:(?:dan|daarom|ook|wel|dus)\s+)?op\s+(?:om|tot)\b"
    r"|\b(?:ik|wij|we)\s+(?:(?:dan|daarom|ook|wel|dus)\s+)?roep(?:en)?\s+(?:(?:dan|daarom|ook"
    r"|wel|dus)\s+)?op\s+(?:om|tot)\b"
    # an answer asked in writing: "De vraag kan dan per brief beantwoord worden"
    r"|\b(?:vraag|vragen)\s+(?:\w+\s+){0,3}?(?:kan|kunnen|mag|mogen)\s+(?:\w+\s+){0,2}?"
    r"(?:per\s+brief|schriftelijk)\s+(?:worden\s+)?beantwoord\b"
    r"|\b(?:mijn|ons|het)\s+(?:\w+\s+)?(?:vraag|verzoek)\s+is\s+(?:dan\s+)?(?:om|of)\b"
    # "Mijn oproep aan de minister is om …", "Ik doe een oproep aan het kabinet om …"
    r"|\b(?:mijn|ons|onze)\s+(?:\w+\s+)?(?:oproep|verzoek)\s+aan\s+" + _ASKED_GOVERNMENT
    + r"\s+is\s+(?:(?:dan|dus|ook)\s+)*om\b"
    r"|\b(?:doe|doen)\s+(?:(?:ik|wij|we|dan|daarom|ook|hierbij)\s+)*(?:een|de)\s+(?:\w+\s+)?"
    r"(?:oproep|verzoek)\s+aan\s+" + _ASKED_GOVERNMENT + r"\s+(?:\w+\s+)?om\b"
    r"|\b(?:kunt|kan|wil|wilt|zou|zoudt|zouden)\s+(?:\w+\s+){0,3}?toezeggen\b"
    r"|\bvragen\s+of\s+er\s+(?:\w+\s+){0,4}?(?:brief|rapportage|reactie)\b"
    r"|\b(?:wil|willen|zou|zouden)\s+(?:\w+\s+){0,4}?(?:een\s+)?bevestiging\b"
    r"|\b(?:ontvang|ontvangen|krijg|krijgen|(?P<hears>hoor|horen))\s+(?:\w+\s+){0,3}?graag\b"
    r"(?(hears)(?!\s*[.!]?\s*$))"  # (not a bare "Ik hoor dat graag.": glad to hear it)
    # ("hoor ik graag wat de minister …", "hoor graag van de minister hoe …": an answer now)
    r"(?!\s+(?:van\s+(?:de|het)\s+[\w-]+\s+)?(?:wat|hoe|waarom|welke|wanneer)\b)"
    # (nor "Ik hoor graag de appreciatie van de minister", "ik hoor eerst graag de minister")
    r"(?!\s+(?:een\s+tijdpad|de\s+(?:appreciatie|reactie|mening|visie|minister|staatssecretaris))\b)"
    # (nor "Ik hoor hierop graag een reactie", "hoor ik graag een argumentatie": an answer now)
    r"(?!\s+(?:een\s+)?(?:(?!schriftelijke\b)[\w-]+\s+)?(?:reactie|argumentatie|antwoord|toelichting|uitleg"
    r"|onderbouwing)\s*(?:[.!]|$|(?:waar\w*|hoe|waarom)\b|van\s+(?:de|het)\s+(?:minister"
    r"|staatssecretaris|premier|kabinet)\s*[.!]?$))"
    r"|\bgraag\s+(?:\w+\s+){0,7}?(?:ontvangen|krijgen|ontvang|krijg)\b"
    # what a promised letter should hold: "Ik wil daarin ook de mening van de reizigers
    # terugzien", "Dan wil ik wel dat die kabinetsreactie ingaat op …" ("vragen of in de
    # volgende voortgangsrapportage …" is ``_DIRECTED``'s, whoever says it)
    r"|\bwil\s+(?:ik\s+)?(?:\w+\s+)?(?:daarin|in\s+(?:die|de|dat|het)\s+[\w-]+)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:terugzien|terug\s+zien|lezen|zien)\b"
    r"|\bwil\s+ik\s+(?:wel\s+|ook\s+)?dat\s+(?:die|de|het|dat)\s+[\w-]*(?:brief|reactie|rapportage"
    r"|evaluatie|overzicht)\b"
    r"|\b(?:de\s+minister(?:-president)?|de\s+premier|de\s+staatssecretaris|het\s+kabinet|haar|hem)\s+(?:\w+\s+){0,4}?"
    # "… vragen om …", "Ik wil de minister vragen dit mee te nemen", "… vragen: kom met een plan"
    r"(?:te\s+)?vragen\s*(?:om\b|,|:\s*(?:kom|zorg|stuur|informeer|regel|neem|maak|zeg|doe)\b"
    r"|(?=(?:[\w-]+\s+){1,10}?te\s+\w))"
    # "Ik vraag de premier: zorg ervoor dat …"
    r"|\b(?:vraag|verzoek)\s+(?:ik\s+)?" + _ASKED_GOVERNMENT + r"\s*:\s*(?:kom|zorg|stuur"
    r"|informeer|regel|neem|maak|zeg|doe|zet|geef|onderzoek|breng)\b"
    # "Ik wil van de minister-president horen dat hij dit gaat regelen"
    r"|\b(?:wil|willen)\s+(?:(?:ik|wij|we)\s+)?(?:\w+\s+)?van\s+" + _ASKED_GOVERNMENT
    + r"\s+(?:\w+\s+)?horen\s+dat\b"
    r"|\b(?:ga\s+er\s*van\s*uit|neem\s+(?:\w+\s+)?aan)\s+dat\s+(?:de\s+minister(?:-president)?"
    r"|de\s+premier|de\s+staatssecretaris|het\s+kabinet|hij|zij|we|wij|de\s+Kamer)"
    r"\b[^.?!]{0,120}?\b(?:informeert|zal\s+" + INFORM + r"|stuurt|zal\s+sturen|komt\s+met"
    r"|zal\s+komen\s+met|op\s+de\s+hoogte\s+(?:houdt|blijven|blijft|stelt|zal\s+houden))\b"
    r"|\b(?:vraag|vragen|verzoek|verzoeken)\s+(?:dan\s+ook\s+)?(?:om\s+)?(?:een|deze|die|de)\s+"
    r"(?:brief|antwoord"
    r"|reactie|notitie|overzicht)\b|\brappel\w*\b"
    # whom and what, without "om": "Ik vraag de minister een brief over de uitvoering voor de
    # zomer", "… de staatssecretaris een schriftelijke reactie op dit rapport"
    r"|\b(?:vraag|vragen|verzoek)\s+(?:ik\s+|wij\s+|we\s+)?(?:dan\s+ook\s+|daarom\s+|ook\s+)?"
    + _ASKED_GOVERNMENT + r"\s+(?:dan\s+ook\s+|daarom\s+|ook\s+|nu\s+)?(?:een|de)\s+"
    r"(?:schriftelijke\s+reactie|(?:[\w-]+\s+)?" + _DELIVERABLE + r")\b"
    r"|\bhoop\s+(?:ik\s+)?dat\s+(?:de\s+minister(?:-president)?|de\s+premier|de\s+staatssecretaris|het\s+kabinet|hij|zij)\b"
    # ("De VVD wil graag dat het kabinet …": a party by its name)
    r"|\b(?:ik|wij|we|fractie|(?-i:[A-Z][A-Za-z]*[A-Z][\w-]*))\s+(?:\w+\s+){0,2}?wil(?:len)?\s+"
    r"(?:\w+\s+){0,3}?dat\s+" + _ASKED_GOVERNMENT + r"\b"
    # "Dan wil ik dat de minister de Kamer een plan stuurt", "Wij verwachten dat het kabinet zich
    # daarbij aansluit"
    r"|\bwil(?:len)?\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}?dat\s+" + _ASKED_GOVERNMENT + r"\b"
    r"|\b(?:ik|wij|we)\s+verwacht(?:en)?\s+(?:(?:dan|dus|ook|wel|echt)\s+)*(?:van\s+"
    + _ASKED_GOVERNMENT + r"\s+)?dat\s+" + _ASKED_GOVERNMENT + r"\b"
    r"(?![^.?!;]{0,100}?\b(?:niet|geen|nooit)\b)"  # (not a forecast: "… dat het kabinet dat
    # niet gaat doen")
    # a party or member asks, in the third person: "… en vraagt de premier om dit ook als
    # prioriteit vast te houden"
    # (not a look or a thought: "Wij vragen de regering om daar kritisch naar te kijken")
    r"|\b(?:vraagt|vragen)\s+" + _ASKED_GOVERNMENT + r"\s+(?:(?:dan|daarom|ook|dus|nu)\s+)*om\s+"
    r"(?=[^.?!;:]{0,160}?\bte\s+(?!(?:kijken|denken|nadenken|overwegen|bezien|zijn)\b)\w)"
    # "Wat ik de premier vraag, is om nu al met de provincies afspraken te maken"
    r"|\bwat\s+(?:ik|wij|we)\s+(?:\w+\s+){0,3}?(?:vraag|vragen)\s*,?\s+is\s+(?:\w+\s+)?"
    r"(?:om|dat)\b"
    # "Mag ik vragen dat de ervaringen … worden gedeeld", "Kan ik de staatssecretaris vragen om …"
    # (its opening words named: a "\w+" first would keep the pattern from its look-ahead)
    r"|^(?:(?:dus|dan|en|maar|voorzitter|oké|goed)[,.]?\s+){0,2}(?:mag|kan)\s+ik\s+"
    r"(?:[\w-]+\s+){0,3}?vragen\s+(?:om|dat)\b"
    # ("Ik vraag de minister of hij daartoe bereid is.")
    r"|\bof\s+(?:u|de\s+minister(?:-president)?|de\s+premier|de\s+staatssecretaris|het\s+kabinet"
    r"|hij|zij)\s+(?:(?:daartoe|hiertoe|dan|ook|wel|nu)\s+){0,2}bereid\b"
    # (what it is to do may come first: "Ik vraag de ministers daarom de Nederlandse inzet te
    # heroverwegen"; not a question's word: "Ik vraag het kabinet wat het van plan is te doen",
    # though the singular minister's branch further down reads "de minister wat …" as asked)
    r"|\b(?:vraag|verzoek)\s+(?:ik\s+)?(?:\w+\s+){0,2}?" + _ASKED_GOVERNMENT
    + r"\s+(?:(?!(?:wat|hoe|waarom|welke|wanneer|wie|waar|of)\b)[\w-]+\s+){0,7}?(?:om|te)\b"
    r"|\bwillen\s+vragen\s+om\b"
    # a member's imperative to the government: "Zorg dat deze motie zo snel als mogelijk wordt
    # uitgevoerd", "Dus, minister: kom met een plan", "Stuur de Kamer een brief"
    r"|^(?:(?:dus|dan|en|maar|voorzitter|minister|premier|kabinet)[,.:!]?\s+){0,3}(?:zorg\s+"
    r"(?:er\s*voor\s+|ervoor\s+)?dat|kom\s+(?:dan\s+|nou\s+|toch\s+)?met\s+(?:een|de|het)"
    r"|stuur\s+(?:de\s+Kamer|ons|een)|informeer\s+de\s+Kamer|regel\s+dat)\b"
    # "Ik wil de minister uitnodigen om …", "Ik zou de staatssecretaris daar echt toe willen
    # oproepen", "Ik wil het kabinet uitdagen om …"
    r"|\b(?:(?:ik|wij|we)\s+(?:wil|willen|zou|zouden)|(?:wil|willen|zou|zouden)\s+(?:ik|wij|we))"
    r"\s+(?:(?:\w+\s+){0,2}?(?:ook|echt|graag|dan|daarom|wel)\s+)?" + _ASKED_GOVERNMENT
    + r"\s+(?:[\w-]+\s+){0,4}?(?:willen\s+)?(?:uitnodigen|uitdagen|oproepen)\b"
    # "Ik roep het kabinet op om …", "Ik daag de minister-president uit om …"
    r"|\b(?:roep|daag)\s+(?:ik\s+)?" + _ASKED_GOVERNMENT
    + r"\s+(?:\w+\s+){0,2}?(?:op|uit)\b(?=[^.?!]{0,160}?\bte\b)"
    # "Ik verwacht van het kabinet dat het voor de zomer met een wetsvoorstel komt"
    r"|\b(?:verwacht|verwachten)\s+(?:(?:ik|wij|we)\s+)?(?:\w+\s+)?van\s+" + _ASKED_GOVERNMENT
    + r"\s+dat\b"
    # "Ik verwacht een brief van het kabinet voor de zomer"
    r"|\b(?:verwacht|verwachten)\s+(?:(?:ik|wij|we)\s+)?(?:(?:dan|wel|graag|ook|nog)\s+)?"
    r"(?:een|de)\s+(?:[\w-]+\s+)?(?:brief|overzicht|notitie|update|kabinetsreactie|reactie"
    r"|evaluatie|rapportage|voorstel|plan)\s+van\s+" + _ASKED_GOVERNMENT + r"\b"
    # "Wij verwachten voor de Najaarsnota een overzicht van …", "Wij verwachten bij de begroting
    # een meerjarig investeringsplan" (by a time: "Ik verwacht een stevig debat" expects no one)
    r"|\b(?:ik|wij|we)\s+(?:\w+\s+)?verwacht(?:en)?\s+(?:(?:dan|wel|ook|nog)\s+)?"
    r"(?:v[oó][oó]r|bij|uiterlijk|binnen|in)\s+(?:(?!dat\b)[\w-]+\s+){1,5}?(?:een|de|het)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _DELIVERABLE + r"\b"
    # "Ik vraag om een analyse van …", "Ten tweede vragen wij om de risicoreserveringen per
    # project zichtbaar te maken" (not "Ik vraag om het woord", "vragen om begrip")
    r"|(?:\b(?:ik|wij|we)\s+(?:vraag|vragen)|(?=vra)(?<!\bte\s)\b(?:vraag|vragen)\s+(?:ik|wij|we))\s+"
    r"(?:(?:dan|daarom|ook|dus|wel)\s+)?om\s+(?:(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?"
    + _DELIVERABLE
    + r"\b|(?:[\w-]+\s+){1,8}?(?:(?:zichtbaar|inzichtelijk|openbaar)\s+te\s+maken|aan\s+te\s+geven"
    r"|in\s+kaart\s+te\s+brengen|te\s+(?:onderzoeken|" + INFORM + r"|sturen|rapporteren|publiceren"
    r"|evalueren|laten\s+zien|presenteren)))\b"
    # "Ik vraag aan de staatssecretaris of dat in dat onderzoek meegenomen kan worden"
    # (or "vraag ik de minister of dit overzicht jaarlijks geactualiseerd kan worden")
    r"|\b(?:vraag|vragen)\s+(?:ik\s+)?(?:aan\s+)?" + _ASKED_GOVERNMENT + r"\s+of\b(?=[^.?!]{0,160}?"
    r"\b(?:meegenomen|meenemen|bereid|(?:kan|kunnen)\s+worden|wil\w*\s+(?:\w+\s+){0,6}?(?:kijken"
    r"|onderzoeken|nagaan|uitzoeken|sturen|" + INFORM + r"|toezeggen))\b)"
    # "Ik zou heel graag hebben dat de minister nagaat wat er mogelijk is"
    r"|\bzou\s+(?:\w+\s+){0,2}?graag\s+(?:\w+\s+)?(?:hebben|zien|willen)\s+dat\s+"
    + _ASKED_GOVERNMENT + r"\b"
    # "Ik wil ook graag per brief — … — geïnformeerd worden over het plan van aanpak"
    r"|\b(?:wil|willen|zou|zouden)\b[^.?!;:]{0,160}?\b" + INFORMED + r"\s+(?:worden|blijven)\b"
    # "Het zou mooi zijn als de minister de Kamer nog dit jaar een brief stuurt"
    # "Ik zou het heel zinvol vinden als de minister die evaluatie met ons deelt"
    r"|\bzou\s+(?:het\s+)?(?:\w+\s+)?(?:mooi|goed|fijn|prettig|wenselijk|helpen|verstandig"
    r"|zinvol|nuttig|waardevol)\s+(?:zijn|vinden)\s+als\s+"
    r"(?:" + _ASKED_GOVERNMENT + r"|hij|zij)\b(?=[^.?!]{0,160}?" + _DELIVERS + r")"
    # "Het zou goed zijn als de Kamer rond Prinsjesdag helderheid krijgt over …"
    r"|\bzou\s+(?:het\s+)?(?:\w+\s+)?(?:mooi|goed|fijn|prettig|wenselijk|verstandig)\s+zijn\s+"
    r"als\s+(?:de|uw)\s+Kamer\b(?=[^.?!,]{0,80}?\b(?:krijgt|ontvangt)\b)"
    # "Ik wil dat die AMvB aan de Kamer wordt voorgelegd voordat ze wordt vastgesteld"
    r"|\b(?:ik|wij|we)\s+(?:\w+\s+)?wil(?:len)?\s+(?:\w+\s+){0,2}?dat\s+[^.?!,]{0,80}?\b(?:aan|naar)"
    r"\s+de\s+Kamer\s+(?:wordt|worden)\s+(?:voorgelegd|gestuurd|gezonden|toegezonden)\b"
    # "Het zou mij een lief ding waard zijn als de premier toezegt dat …"
    r"|\bzou\s+(?:het\s+)?(?:mij|ons)?\s*(?:een\s+lief\s+ding\s+|veel\s+)waard\s+zijn\s+als\s+"
    r"(?:" + _ASKED_GOVERNMENT + r"|hij|zij)\b(?=[^.?!]{0,160}?(?:" + _DELIVERS + r"|\btoezeg\w*))"
    # "Dan stel ik voor dat de staatssecretaris de Kamer na dat gesprek laat weten …"
    r"|\bstel(?:len)?\s+(?:ik|wij|we)\s+(?:dan\s+|ook\s+|daarom\s+)?voor\s+dat\s+"
    r"(?:" + _ASKED_GOVERNMENT + r")\b(?=[^.?!]{0,160}?" + _DELIVERS + r")"
    # "In diezelfde brief verneemt de Kamer graag hoe …" (what a letter should say)
    r"|\bin\s+(?:die|deze|diezelfde|dezelfde|een|de|uw)\s+(?:\w+\s+)?brief\s+(?:\w+\s+){0,4}?"
    r"graag\b"
    # "Graag een reactie, en liefst ook een brief voor het kerstreces" (by a time: "Dan wel
    # graag een echte brief" only says what the letter already asked for should be)
    r"|\b(?:graag|liefst)\s+(?:ook\s+)?(?:een|de)\s+(?:[\w-]+\s+)?(?:brief|overzicht|notitie"
    r"|update|kabinetsreactie|evaluatie)\b(?=[^.?!]{0,60}?\b(?:v[oó][oó]r|binnen|uiterlijk)\b)"
    # the Regeling van werkzaamheden: "Ik wil graag een debat …, en voorafgaand daaraan een brief
    # van de minister …", "En voorafgaand aan dat debat graag een brief met …"
    r"|\bvoorafgaand\s+(?:aan\s+(?:\w+\s+){1,3}?|daaraan\s+)(?:graag\s+)?(?:een|de)\s+"
    r"(?:[\w-]+\s+)?(?:brief|overzicht|notitie|update|kabinetsreactie|reactie)\b"
    # "Ik zou het op prijs stellen als de minister de Kamer daarover een brief stuurt"
    r"|\bop\s+prijs\s+(?:stel|stellen)\s+(?:als|dat|wanneer|indien)\s+(?:" + _ASKED_GOVERNMENT
    + r"|hij|zij)\b(?=[^.?!]{0,160}?" + _DELIVERS + r")"
    # "Ik wil graag een brief van de minister over dit onderwerp"
    r"|\b(?:wil|willen)\s+(?:(?:ik|wij|we)\s+)?(?:\w+\s+)?graag\s+(?:een|de)\s+(?:[\w-]+\s+)?"
    r"(?:brief|overzicht|notitie|update|kabinetsreactie|reactie|evaluatie)\b"
    # "Mijn vraag aan de minister-president is of hij …", "Ik wil de premier vragen om …"
    r"|\b(?:mijn|onze)\s+(?:\w+\s+)?(?:vraag|verzoek)\s+aan\s+(?:de\s+minister(?:-president)?|de\s+premier"
    r"|de\s+staatssecretaris|het\s+kabinet)\b"
    # (not what the minister thinks or what a verdict means: "Mijn vraag aan de minister is of
    # het ontraden van dit amendement betekent dat …", "… zou zijn of die hoop gegrond is")
    r"(?![^.?!]{0,160}?\b(?:betekent|gegrond|klopt|eens|vindt|denkt|mening|deelt)\b)"
    r"[^.?!]{0,40}?\b(?:is|zou\s+zijn)\b"
    r"(?!\s*:?\s*(?:hoe|wat|waarom|welke|wanneer|waar|de\s+volgende)\b)"
    r"|\bwil\s+(?:ik\s+)?(?:de\s+minister(?:-president)?|de\s+premier|de\s+staatssecretaris"
    r"|het\s+kabinet)\s+(?:\w+\s+){0,2}?vragen\s+(?:om|te)\b"
    # "We zijn benieuwd of de minister zo snel mogelijk nog een reactie op deze motie kan geven",
    # "Ik was benieuwd of de minister in de gesprekken … ook wil kijken naar …"
    r"|\bbenieuwd\s+of\s+(?:" + _ASKED_GOVERNMENT + r"|hij|zij)\b"
    r"(?=[^.?!]{0,120}?\b(?:reactie|brief|informatie|overzicht|bereid|wil\s+(?:\w+\s+){0,8}?"
    r"(?:kijken|onderzoeken|nagaan|uitzoeken|sturen|" + INFORM + r"|toezeggen|meenemen))\b)"
    r"|\bvragen\s+of\s+(?:hij|zij|de\s+minister(?:-president)?|de\s+premier|de\s+staatssecretaris|het\s+kabinet)\b"
    r"|\b(?:vraag|vragen|verzoek)\s+(?:\w+\s+){0,3}?(?:haar|hem|de\s+minister(?:-president)?|de\s+premier|de\s+staatssecretaris"
    r")\b[^.?!]{0,80}?\b(?:om|te)\b"
    # the cabinet asked for what reaches the Kamer: "Ik vraag het kabinet de Kamer hierover zo
    # snel mogelijk een brief te sturen", "… de Kamer binnen acht weken per brief te laten weten"
    r"|\b(?:vraag|vraagt|vragen|verzoek)\s+(?:\w+\s+){0,3}?(?:het\s+kabinet|de\s+regering)\b"
    r"(?=[^.?!]{0,120}?\bte\s+(?:laten\s+)?(?:" + INFORM + r"|sturen|zenden|toesturen|rapporteren"
    r"|weten|delen|berichten)\b"
    # "De PvdA vraagt het kabinet om … met een kabinetsreactie te komen"
    r"|[^.?!]{0,120}?\bmet\s+(?:een|de|het)\s+(?:[\w-]+\s+)?" + _DELIVERABLE
    + r"\b[^.?!]{0,80}?\bte\s+komen\b)", _I)
# Wishes that are requests only when they name something to deliver: "Ik zou wel graag een
# kabinetsreactie zien", "… willen hebben", "De CDA-fractie is benieuwd … wanneer de commissie
# een update kan ontvangen".
# What members want to see in an affair (besides the deliverables above).
_PAPERS = (r"(?:\w*stukken|\w*analyses|audits?|\w*audits|rapporten|\w*berichten|documenten"
           r"|tijdlijn|antwoorden|e-?mails|notulen|bedragen)")
_PAPERS_NAMED = re.compile(_PAPERS + r"$", _I)
_MEMBER_WISHES = re.compile(
    r"\b(?:zou|zouden|wil|willen)\b[^.?!;:,]{0,100}?\b(?:zien|hebben|krijgen|ontvangen|vernemen)\b"
    r"|\bzou\b[^.?!;:,]{0,100}?\bgraag\b[^.?!;:,]{0,100}?\bwillen\b"
    r"|\bbenieuwd\b[^.?!]{0,160}?\b(?:ontvangen|krijgen)\b"
    # the verb left out: "Ik wil van het kabinet voor de kerst een overzicht van …"
    # (not thanks: "Ik wil de minister bedanken voor de brief die hij had toegezegd")
    r"|\b(?:ik|wij|we)\s+(?:wil|willen)\s+(?![^.?!;:]{0,60}?\b(?:bedanken|danken|complimenteren)\b)"
    r"(?:graag\s+)?(?:[\w-]+\s+){0,7}?(?:een|de)\s+"
    r"(?:[\w-]+\s+)?(?:brief|overzicht|reactie|analyse|evaluatie|notitie|kabinetsreactie"
    r"|uitwerking|plan)\b"
    # the papers of an affair: "Ik wil de interne incidentanalyses van Rijkswaterstaat", "De SP
    # wil alle stukken van de onderhandelingen", "Ik wil een tijdlijn", "Ik wil dat alle stukken
    # naar de Kamer komen"
    r"|\b(?:ik|wij|we|(?-i:[A-Z]{2,}[\w-]*))\s+(?:wil|willen)\s+"
    # (not thanks, nor a question: "Ik wil de minister bedanken voor de antwoorden", "Ik wil
    # weten wie die rapporten heeft gelezen")
    r"(?![^.?!;:]{0,60}?\b(?:bedanken|danken|weten|complimenteren)\b)(?:(?:graag|ook|dan|wel|daarnaast"
    r"|dus)\s+)*(?:dat\s+)?(?:[\w-]+\s+){0,3}?(?:een|de|die|deze|alle)\s+(?:[\w-]+\s+){0,2}?"
    + _PAPERS + r"\b(?![^.?!;:]{0,60}\b(?:horen|afwachten|bespreken)\b)", _I)
# Not a request: a question put indirectly ("Ik zou de minister willen vragen hoe …"), a wish to
# discuss ("Ik wil het met de minister hebben over …"), what others are asked.
_NOT_ASKED = re.compile(r"\bvragen\s+(?:hoe|wat|wanneer|waarom|welke|waar)\b|\bhebben\s+over\b"
                        # a view asked: "Mijn vraag is of u het idee hebt dat we het goed doen"
                        r"|\bof\s+(?:u|de\s+(?:minister|staatssecretaris|premier)|hij|zij"
                        r"|het\s+kabinet)\s+(?:\w+\s+){0,2}?(?:het\s+idee|de\s+indruk|denkt"
                        r"|meent|van\s+mening)\b"
                        r"|\bverte(?:l|lt|llen)\b|\b(?:vindt|erkent|herkent|eens\s+is)\b"
                        # (a view shared, not a document: "… met ons deelt")
                        r"|(?<!\bons\s)(?<!\bKamer\s)\bdeelt\b(?!\s+(?:\w+\s+){0,4}?met\s+(?:ons"
                        r"|de\s+Kamer)\b)"
                        r"|\b(?:van|aan)\s+de\s+informateurs?\b|\bbeantwoording\b|\bantwoord\b"
                        # (not what goes with a letter: "… te informeren, met een toelichting")
                        r"|(?<!\bmet\seen\s)\btoelichting\b|\bduiding\b|\b(?:VAO|agenda|stemmingen?|schorsen|schorsing)\b"
                        r"|\bsteun\w*\s+(?:\w+\s+){0,2}?(?:het|dit|dat)\s+verzoek\b"
                        r"|\buit\s+te\s+nodigen\b|\buitnodig\w*\b"
                        # an answer now: "Graag krijg ik hierop een reactie van de minister",
                        # "Ik krijg graag een inhoudelijke reactie van het kabinet op …"
                        r"|\bgraag\s+(?:(?:krijg|ontvang|hoor)\s+(?:ik|we|wij)\s+)?(?:\w+\s+)?"
                        r"(?:een\s+)?(?:(?!schriftelijke\b)[\w-]+\s+)?(?:bevestiging|reactie)"
                        r"(?:\s+(?:van|op)\b|\s*[.!]?$)"
                        r"(?![^.?!]*\b(?:brief|schriftelijk\w*|voor\s+de\s+zomer)\b)"
                        # a view or a fact asked: "Mijn vraag is of dat juridisch haalbaar is",
                        # "Ik vraag de minister om welke aanbevelingen het hier gaat"
                        r"|\bvraag\s+is\s+(?:dan\s+|dus\s+)?of\s+(?:dat|dit|het|er|die|deze)\b"
                        r"|\b(?:vraag|vragen)\s+(?:\w+\s+){0,4}?om\s+(?:welke|wat|hoeveel)\b",
                        _I)
# What a member's statement asks for must be something to deliver or to do, not an answer now.
_ASKED_FOR = re.compile(r"\b(?:brief|" + INFORM + r"|sturen|toesturen|terugkoppelen|reflectie"
                        r"|kabinetsreactie|update|aandacht|contact|inzicht|bereid"
                        r"|terug\s+te\s+koppelen|rapporteren|overzicht|onderzoek\w*|evaluatie|uitzoeken|uit\s+te\s+zoeken"
                        r"|toezegging|toezeggen|kamer|regeling|voorstel|plan|komen\s+met"
                        r"|informatie|cijfers|gegevens|analyse|notitie|\w*appreciatie|wetsvoorstel"
                        r"|tijdlijn|doorrekening|zien\s+(?:hoeveel|welke)"
                        r"|\w*rapportage|tijdpad"
                        # "Die strategie zou ik uitgewerkt willen zien"
                        r"|uitgewerkt|uitgezocht|onderzocht|geregeld|aangepast|uitgevoerd)\b", _I)
_MEMBER_ASKS_QUESTION = re.compile(
    r"\bbereid\b|\btoezeggen\b|\btoegezegd\s+(?:(?:kan|kunnen)\s+)?worden\b|^(?:\w+[,.]?\s+){0,2}?zegt\b[^?]{0,120}?\btoe\b"
    r"|\b(?:krijgen|ontvangen)\s+(?:we|wij)\b"
    r"|\b(?:meenemen|meegenomen|" + INFORM + r"|sturen|toesturen|terugkoppelen|rapporteren)\b"
    r"|\b(?:in|met)\s+(?:de|die|een|deze)\s+(?:brief|reactie|rapportage|kabinetsreactie)\b"
    # what a promised document should hold: "Kan de staatssecretaris in haar brief van vrijdag
    # ook ingaan op …?", "wil de minister daarin ook ingaan op …?"
    r"|\b(?:in\s+(?:de|die|deze|haar|zijn|uw)\s+(?:[\w-]+\s+)?[\w-]*(?:brief|reactie|rapportage"
    r"|overzicht|evaluatie|notitie)|daarin)\s+(?:\w+\s+){0,4}?(?:ingaan|aangeven|opnemen"
    r"|meenemen|betrekken|toelichten)\b", _I)
_MODAL_QUESTION = re.compile(r"^(?:\w+[,.]?\s+){0,3}?(?:kan|kunt|wil|wilt|zal|zult|gaat"
                             r"|komt|krijgen|ontvangen|zou|zoudt|zouden)\b", _I)
# A member's yes-or-no question asking the government to do something: "Wil zij … uitgebreider
# terugkomen op dit topic?", "Kan de staatssecretaris … transparantie verschaffen over …?",
# "Komt er in de volgende voortgangsrapportage informatie over …?", "Kan de Kamer hierover
# geïnformeerd worden?", "op welk moment krijgt de Kamer daarvan een update?" (not "Kan de
# minister uitleggen waarom …?": that asks for an answer now).
_ASKS_TO_DO = re.compile(
    r"^(?:\d+(?:\.\s*|\s+)|Vraag\s+\d+\s*[:.]?\s*)?"  # "6. Kunt u deze vragen … beantwoorden?"
    r"(?:(?:en|dan|maar|dus|ook|voorzitter|tot\s+slot|zo\s+ja|zo\s+nee)[,.]?\s+){0,2}(?:kan|kunt|wil"
    r"|wilt|gaat|zal|zult|komt|krijgt|krijgen|zorgt)\s+(?:de\s+(?:minister|staatssecretaris"
    r"|regering|premier|kamer)"
    r"|het\s+kabinet|zij|hij|u|er|we|wij)\b"
    # (the ministers the questions named: "4. Zo ja, willen zij dan bevorderen, dat …?")
    r"|^(?:\d+(?:\.\s*|\s+))?(?:(?:en|dan|zo\s+ja|zo\s+nee)[,.]?\s+){0,2}(?:kunnen|willen|zullen)"
    r"\s+(?:" + _MEMBERS_OF_GOVERNMENT + r"|zij)\b"
    # the same asked conditionally: "Zou de minister dat nog eens willen uitzoeken?"
    r"|^(?:(?:en|dan|maar|dus|ook|voorzitter)[,.]?\s+){0,2}zou(?:dt)?\s+(?:de\s+(?:minister"
    r"|staatssecretaris|regering|premier)|het\s+kabinet|u|hij|zij)\b(?=.*\b(?:willen|kunnen)\b)"
    r"|\b(?:krijgt|krijgen|ontvangt|ontvangen)\s+(?:de\s+kamer|we|wij)\b"
    # "En laat de minister ons dan weten wat daaruit komt?"
    r"|^(?:(?:en|dan|maar)[,.]?\s+){0,2}laat\s+(?:de\s+(?:minister|staatssecretaris|premier)"
    r"|het\s+kabinet|u|hij|zij)\s+(?:\w+\s+){0,4}?weten\b"
    r"|\b(?:kunnen\s+(?:we|wij)|kan\s+ik)\s+(?:\w+\s+){0,8}?(?:krijgen|ontvangen|tegemoet\s*zien)\b"
    r"|^(?:\w+[,.]?\s+){0,2}?(?:kunnen|zullen)\s+(?:we|wij)\s+(?:\w+\s+){0,3}?afspreken\s+dat\b"
    r"|^(?:\w+[,.]?\s+){0,2}?zou\s+het\s+(?:\w+\s+)?niet\s+(?:goed|verstandig|logisch|beter)"
    r"\s+zijn\b", _I)
# What a promised letter should hold, asked: "Neemt de staatssecretaris daarin ook mee hoeveel
# bezwaren er zijn ingediend?", "Wordt in die brief ook aangegeven hoeveel bedrijven …?"
_ASKS_CONTENT = re.compile(
    r"(?:(?:en|dan|maar)[,.]?\s+)?(?:(?:neemt|betrekt|zet)\s+(?:de\s+(?:minister|staatssecretaris)"
    r"|het\s+kabinet|u|hij|zij)\s+(?:[\w-]+\s+){0,8}?(?:(?:mee|bij)\b|(?:in|op)\s*\?)"
    r"|(?:wordt|worden)\s+(?:daarin|daarbij|in\s+(?:die|deze|de)\s+(?:[\w-]+\s+)?[\w-]*(?:brief"
    r"|rapportage|evaluatie))\s+(?:[\w-]+\s+){0,6}?(?:aangegeven|meegenomen|ingegaan|opgenomen)\b"
    # "Komt daar ook in te staan welke provincies achterlopen?", "Kan daar ook in staan wat het
    # zou kosten?", "Kan daarbij ook het effect op het EMU-saldo worden vermeld?"
    r"|komt\s+(?:daar|er|daarin)\s+(?:ook\s+)?in\s+te\s+staan\b"
    r"|(?:kan|kunnen|zal|zullen|mag)\s+(?:daar|er|daarin)\s+(?:ook\s+)?in\s+(?:komen\s+te\s+)?staan\b"
    r"|(?:kan|kunnen)\s+(?:daarbij|daarin|daar)\s+(?:ook\s+)?(?:[\w-]+\s+){1,6}?worden\s+(?:vermeld"
    r"|meegenomen|opgenomen|aangegeven|betrokken|toegevoegd)\b)", _I)
# A promise asked to be confirmed: "Dus de minister zegt toe dat de regeling in het voorjaar
# opengaat?"
_CONFIRMS_PROMISE = re.compile(r"(?:(?:dus|dan|oké|ok|helder)[,.]?\s+)+(?:de\s+(?:minister"
                               r"|staatssecretaris|premier)|het\s+kabinet|u|zij|hij)\s+"
                               r"(?:zegt|zeg)\s+(?:\w+\s+)?toe\s+dat\b", _I)
# Asked to come sooner: "Dat is mooi, maar kan het ook eerder, bijvoorbeeld vóór de zomer?"
_SOONER = re.compile(r"\b(?:kan|kunt|kunnen)\s+(?:het|dat|die|dit|u|de\s+minister"
                     r"|de\s+staatssecretaris)\s+(?:\w+\s+)?(?:ook\s+)?(?:eerder|sneller)\b", _I)
_NO_ONE_ASKED = re.compile(r"^(?:(?:en|dan|maar|dus|ook|voorzitter)[,.]?\s+){0,2}kan\s+er\b", _I)
_ANSWER_VERBS = re.compile(r"\b(?:uitleggen|aangeven|aangeeft|ingaat|toelichten|zeggen|bevestigen"
                           r"|reageren|noemen"
                           r"|inschatting|verklaren|ingaan|beantwoorden|schetsen|duiden|vertellen|opvatten"
                           r"|schorsen|überhaupt|voorzitter|ooit|onderbouwen|inzage|reflecteren"
                           r"|inzichtelijk|inleven|uiteenzetten|verduidelijken|inzoomen|indicatie"
                           r"|reactie\s+geven|uitleg|antwoord|antwoorden|toegeven|erkennen"
                           # "Kan de minister daar wat meer toelichting op geven?", "… mij ervan
                           # overtuigen dat …?": an answer now
                           r"|(?<!schriftelijke\s)toelichting|overtuigen"
                           # "Kunt u uitsluiten dat …?" asks what is so, not a deed
                           r"|uitsluiten"
                           # "Kan het kabinet duidelijk maken hoe …?", "Kan de staatssecretaris
                           # aantonen, dat …?": explained or shown now
                           r"|duidelijk\s+maken|aantonen"
                           # "Kan de Staatssecretaris mededelingen doen omtrent de stand van
                           # zaken?": told now
                           r"|mededeling(?:en)?\s+(?:te\s+)?doen)\b", _I)
# "Kan de minister het niet opvatten als …?": rhetorical, not asked of him
_RHETORICAL = re.compile(r"^(?:\w+[,.]?\s+){0,4}?(?:kan|kunt|wil|wilt|zal|gaat)\s+(?:\w+\s+){1,3}?"
                         r"(?:het\s+)?niet\b(?!\s+(?:goed|verstandig|logisch|beter)\s+zijn)", _I)


# Asking for an answer in the debate itself: "Ik vraag de minister om daar op in te gaan."
_ANSWER_NOW = re.compile(
    r"\b(?:(?:daar|hier|er)?op\s+in\s+te\s+gaan|in\s+te\s+gaan\s+op|te\s+(?:antwoorden|reageren)"
    r"|toe\s+te\s+lichten|uit\s+te\s+leggen)\b", _I)


# Where the answer is to be written: "in een brief", "in de volgende voortgangsrapportage".
_WRITTEN = re.compile(r"\b(?:\w*brief|\w*rapportage|schriftelijk\w*|per\s+brief)\b", _I)
_IN_WRITING = re.compile(r"\b(?:aan\s+de\s+kamer|per\s+brief|schriftelijk|in\s+een\s+brief)\b",
                         _I)
# An answer asked in writing, whenever it comes: "Kan de minister dat schriftelijk toelichten?",
# "Kan hij dat per brief bevestigen?" (not "Kan de minister dat toelichten?": the debate's own)
_ASKED_IN_WRITING = re.compile(
    # "Is het misschien mogelijk om per brief een duiding te geven, zodat …?"
    r"^(?:is|zou)\s+het\s+(?:\w+\s+){0,2}?mogelijk\s+(?:zijn\s+)?(?:om\s+)?(?:\w+\s+){0,6}?"
    r"(?:schriftelijk|per\s+brief|in\s+een\s+(?:\w+)?brief)\b"
    r"|^(?:kan|kunt|wil|wilt|zou|zoudt)\s+(?:de(?:ze)?\s+minister(?:-president)?"
    r"|de(?:ze)?\s+staatssecretaris|het\s+kabinet|u|hij|zij|ze)\b[^?]{0,80}?\b(?:schriftelijk"
    r"|per\s+brief|in\s+een\s+(?:\w+)?brief)\s+(?:\w+\s+){0,3}?(?:toelichten|bevestigen|uitleggen"
    r"|uiteenzetten|beantwoorden|aangeven|laten\s+weten|onderbouwen|verduidelijken|reageren"
    r"|ingaan|terugkomen|" + INFORM + r")\b", _I)
# A promise asked for as a question: "Mogen we dan nu van de premier zijn woord dat …?", "Kan
# ik van de minister de garantie krijgen dat …?"
_WORD_ASKED = re.compile(
    r"^(?:\w+[,.]?\s+){0,3}?(?:mag|mogen|kan|kunnen|krijg|krijgen)\s+(?:ik|we|wij)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:(?:zijn|haar|het)\s+woord|(?:een|de)\s+(?:toezegging|garantie))\s+"
    r"(?:(?:krijgen|hebben)\s+)?dat\b", _I)
_BY_A_MOMENT = re.compile(r"\b(?:v[oó][oó]r|uiterlijk)\s+(?:de\s+stemmingen|morgen|\d|het\s+\w+"
                          r"|de\s+\w+behandeling|de\s+zomer|de\s+kerst)", _I)
# Someone else wishes it: "Ik neem aan dat mevrouw Hermans die informatie ook wil hebben".
_OTHERS_WISH = re.compile(r"\b(?:mevrouw|de\s+heer|collega|hij|zij)\s+(?:[A-Z][\w-]*\s+){0,3}"
                          r"(?:\w+\s+){0,5}?(?:zou|zouden|wil|willen)\b", _I)
_MEMBER_HINT = re.compile(r"toezeg|vraag|vragen|verzoek|wil|zou|bereid|benieuwd|graag|hoop"
                          r"|wellicht|misschien"
                          r"|verwacht|appel|neem\s+(?:\w+\s+)?aan"
                          r"|roep|daag|zorg|kom\s|stuur|informeer|regel|stel"
                          r"|ervan\s+uit|er\s+van\s+uit")


# What a member hopes the minister thinks, not does: "Ik hoop dat de minister daarover nadenkt".
_THINKS = re.compile(r"\b(?:nadenkt|nadenken|overweegt|heroverweegt|beseft|inziet|begrijpt"
                     r"|realiseert)\b", _I)
_ADDRESS = re.compile(r"^(?:(?:en|dan|maar|dus|ook)\s+)?(?:mevrouw\s+de\s+)?voorzitter\s*[,.:]\s*",
                      _I)
# "Mag ik de minister vragen om … te berichten?": a request put as a question, read as said.
_MAY_I_ASK = re.compile(
    r"^(?:\w+[,.]?\s+){0,2}?(?:mag|kan)\s+ik\s+(?:[\w-]+\s+){0,4}?(?:vragen|verzoeken)\b", _I)


# What only introduces the question after a colon: "Mijn vraag aan de minister is: hoe …?"
_INTRODUCES = re.compile(r"\b(?:is|luidt|vraag|vragen|volgende)(?:\s+(?:dan|daarom|dus|ook"
                         r"|eigenlijk|(?:heel\s+)?(?:simpel|eenvoudig|kort)))?\s*$", _I)
# A purpose clause says why, not what is asked: "…, zodat zij kunnen vertellen wat …".
_PURPOSE = re.compile(r",\s*(?:zodat|opdat)\b", _I)
# Another member as the one asked: "Mijn vraag is of de heer Van Baarle …", "Is mevrouw Bikker
# bereid …?", "Kan de heer Dassen …?"
_ASKS_A_MEMBER = re.compile(r"(?:\b[Vv]raag\s+is\s+(?:dan\s+)?of|^(?:(?:[Ee]n|[Dd]us|[Dd]an"
                            r"|[Mm]aar),?\s+)?(?:[Ii]s|[Kk]an|[Ww]il|[Zz]ou|[Gg]aat))\s+"
                            r"(?:de\s+heer|mevrouw|het\s+lid|collega)\s+[A-Z]")
_GOVERNMENT_ASKED = re.compile(r"\b" + _ASKED_GOVERNMENT + r"\b", _I)
# "En mag ik daar dan een toezegging op of een brief?": a promise or a letter asked for
# (not "Mag ik dat als een toezegging noteren?": a promise made, confirmed)
_MAY_I_HAVE = re.compile(r"^(?:(?:en|dus|dan|voorzitter|maar)[,.]?\s+)*mag\s+ik\s+"
                         r"(?![^?]*\b(?:noteren|noteer|opvatten|beschouwen|lezen)\b)"
                         r"(?:[\w-]+\s+){0,4}?(?:een\s+)?(?:toezegging|brief|schriftelijke\s+reactie)\b",
                         _I)
# An answer asked in the debate itself (unless something is to be delivered: "mijn vraag is om
# er in de brief wel op in te gaan", "… en de Kamer daarover informeren")
_ANSWERED_HERE = re.compile(r"\b(?:(?:op|daarop|erop|hierop)\b[^.?!;]{0,80}?\b(?:ingaa?t|ingaan"
                            r"|in\s+te\s+gaan)|(?:ingaa?t|ingaan|in\s+te\s+gaan)\s+op"
                            r"|verhelderen|verheldert|ophelderen)\b", _I)
_DELIVERED = re.compile(r"\b(?:" + _DEEDS + r"|\w*brief|\w+reactie|\w*rapport\w*|schriftelijk\w*"
                        r"|overzicht|onderzoek\w*|evaluatie|notitie|termijn)\b", _I)
# A fact or a stand asked ("klopt het dat …?", "staat hij nog achter …?", "gaat hij nu echt
# …?"), unless a deed is asked with it
_FACT_OR_STAND = re.compile(r"\bklopt\s+het\b|\bstaat\s+(?:de\s+\w+|het\s+kabinet|u|hij|zij)\s+"
                            r"(?:nog\s+(?:steeds\s+)?)?achter\b|^(?:\w+[,.]?\s+){0,2}?(?:gaat|gaan"
                            r"|wil|wilt|zal)\s+(?:de\s+\w+|het\s+kabinet|hij|zij|u)\s+(?:nu|nou)\s+echt\b",
                            _I)
# What he is going to do, asked of him by a pronoun ("Gaat hij ook nieuwe gebieden aanwijzen?",
# "Zal zij de dienst echt laten werken?"): his plans asked, in the debate (over the opened corpus
# none of these was labelled a request unless a letter or a time was asked with it)
_PLANS_ASKED = re.compile(r"^(?:\w+[,.]?\s+){0,2}?(?:gaat|zal|zult)\s+(?:hij|zij|ze|u)\b", _I)
# A member's own word given to another member: "Ja, dat kan ik u toezeggen"
_MEMBER_PROMISES = re.compile(r"\b(?:kan|wil|zal|mag)\s+(?:ik|wij|we)\s+(?:u\s+)?(?:\w+\s+)?"
                              r"toezeggen\b|\bzeg\s+(?:ik|wij|we)\b[^?]*\btoe\b", _I)
# Something asked after a reflection asked in the debate: "…, en ik vraag haar om …"
_ASKS_AGAIN = re.compile(r"\b(?:vraag|vragen|verzoek|verzoeken)\b", _I)


# A member's demand, which asks only with a time of its own: "Ik wil dat separeren per 1
# januari gewoon verboden wordt" (the deadline engine says whether there is one).
_DEMANDS = re.compile(r"(?:(?:dus|dan|en|maar|voorzitter)[,.]?\s+){0,2}(?:ik|wij|we)\s+"
                      r"wil(?:len)?\s+(?:(?:gewoon|echt|wel|nu)\s+)?dat\b", _I)


_OPEN_QUESTION = re.compile(
    r"(?:\w+\s*,?\s+){0,2}?(?:(?:hoe|welke|waarom|wie|waar|in\s+hoeverre)\b(?!\s+(?:ik|wij|we)\b)"
    r"|(?:\w+\s+)?(?:vraag|vragen)\s+(?:ik|wij|we)\s+(?:\w+\s+){1,4}?(?:wat|hoe|welke|waarom)\s"
    r"(?:zij|hij|ze|de\s+minister|de\s+staatssecretaris|het\s+kabinet|de\s+regering)\b)",
    _I)
# (a question of when after all: "Dus op welke termijn krijgen we hiervan de uitwerking?", "Hoe
# gaat het kabinet terug naar dat pad, en wanneer krijgen wij daar een plan voor?")
_WHEN_TOO = re.compile(r"\b(?:wanneer|termijn|datum|per\s+wanneer)\b", _I)


def member_request(sentence: str, deadline: Callable[[], Deadline | None] | None = None
                   ) -> Finding | None:
    """A member's request in a debate, asked or said (not for the debate itself: "Ik hoop dat
    de minister daar in zijn tweede termijn op terug wil komen"); ``deadline()`` gives the
    sentence's deadline."""
    question = is_question(sentence)
    statement = not question and ":" not in sentence
    asks = None  # (a statement's asking words, looked for once, here)
    if statement:
        if not _MEMBER_HINT.search(sentence.lower()):
            return None  # (no word any reading below needs: most of a member's sentences)
        asks = _MEMBER_ASKS.search(sentence)
        if asks is None and not (_MAY_I_HAVE.match(sentence) or _DEMANDS.match(sentence)
                                 or _MEMBER_WISHES.search(sentence)):
            return None  # a statement asks only in one of these four ways, which the checks
            # below narrow
    if debate_internal(_PURPOSE.split(sentence, 1)[0]):
        return None  # (what it is for may be later in the debate: "…, zodat wij straks …")
    if _OPEN_QUESTION.match(sentence) and not _WHEN_TOO.search(sentence):
        return None  # what or how is asked, an answer: "Hoe kunnen we dat op een snelle manier
        # duidelijk krijgen …?", "Welke acties, vraag ik de minister, worden er ondernomen …",
        # "Daarom vragen wij de staatssecretaris wat zij gaat doen om …" (not "Wanneer …?": when
        # a paper comes, nor "Wat ik de minister vraag, is …")
    if _ASKS_A_MEMBER.search(sentence) and not _GOVERNMENT_ASKED.search(sentence):
        return None  # a question put to another member: "Mijn vraag is of de heer Van Baarle
        # hetzelfde wil"
    view = sentence.lower().find("reflectie")
    if view >= 0 and not _WRITTEN.search(sentence) and not _ASKS_AGAIN.search(sentence, view) \
            and (deadline is None or deadline() is None):
        return None  # a view, given in the debate: "Ik hoor hier graag een reflectie van hem
        # op", "Kan de minister daar een eerlijke reflectie op geven?" (not "een schriftelijke
        # reflectie", one by a time, or "…, en ik vraag haar om de zorgen mee te nemen")
    if not question and _MEMBER_PROMISES.search(sentence):
        return None  # a member's own word to another: "Ja, dat kan ik u toezeggen, dat ik daar
        # zeker heel goed naar kijk"
    if question and _FACT_OR_STAND.search(sentence) and not _DEED_ASKED.search(sentence):
        return None  # a fact or a stand asked, not a deed: "… klopt het nog steeds dat hij …?",
        # "Staat de minister nog steeds achter zijn antwoorden?", "Gaat de minister nu echt …?"
    if question and _PLANS_ASKED.match(sentence) and not _DELIVERED.search(sentence) \
            and (deadline is None or deadline() is None):
        return None  # his plans asked: "Gaat ze dat met die brief of met die wet voor elkaar
        # krijgen?" asks how, "Gaat u de oorzaken hiervan proberen aan te pakken?"
    if _ANSWERED_HERE.search(sentence) and not _DELIVERED.search(sentence) \
            and (deadline is None or deadline() is None):
        return None  # what the minister is to say in the debate: "Ik zou willen dat de minister
        # ook ingaat op de bewaartermijnen", "Kan de minister dit verhelderen?"
    head = sentence[:sentence.find(":")] if ":" in sentence else ""
    if head and _MEMBER_ASKS.search(head) and not is_question(head) \
            and not _INTRODUCES.search(head):
        # "Ik vraag de minister … een uitsplitsing te sturen: hoeveel gaat er naar …?"
        return member_request(head + ".")
    if _MAY_I_HAVE.match(sentence):
        return Finding("request", "request.member", 0.65, None, MEMBERS)
    if deadline is not None and _DEMANDS.match(sentence) and not question:
        due = deadline()
        if due is not None and due.due is not None and due.precision != "vague":
            return Finding("request", "request.member", 0.65, None, MEMBERS)
    if question and not _MAY_I_ASK.match(sentence):
        sentence = _core(sentence[sentence.rfind(":") + 1:].strip() or sentence)
        sentence = _ADDRESS.sub("", sentence)  # "Voorzitter, kan de minister …?"
        if _WHEN_DELIVERED.match(sentence) or _ASKS_CONTENT.match(sentence) \
                or _CONFIRMS_PROMISE.match(sentence) \
                or (_SOONER.search(sentence) and deadline is not None and deadline() is not None):
            return Finding("request", "request.member", 0.65, None, MEMBERS)
        if _ASKS_TO_DO.search(sentence) and not _ANSWER_VERBS.search(sentence) \
                and not _NO_ONE_ASKED.match(sentence) and not _RHETORICAL.match(sentence):
            return Finding("request", "request.member", 0.65, None, MEMBERS)
        if _MEMBER_ASKS_QUESTION.search(sentence) and (
                _ASKED.match(sentence) or _MODAL_QUESTION.match(sentence)
                or re.search(r"\b(?:de\s+minister|de\s+staatssecretaris|het\s+kabinet|de\s+regering"
                             r"|u|zij|hij)\s+bereid\b", sentence, _I)):
            return Finding("request", "request.member", 0.7, None, MEMBERS)
        if _IN_WRITING.search(sentence) and (_BY_A_MOMENT.search(sentence) or (
                deadline is not None and (due := deadline()) is not None and due.due is not None)):
            return Finding("request", "request.member", 0.65, None, MEMBERS)  # "Zou de
            # staatssecretaris dat voor de stemmingen willen vertellen aan de Kamer?"
        if _ASKED_IN_WRITING.match(sentence) or _WORD_ASKED.match(sentence):
            return Finding("request", "request.member", 0.65, None, MEMBERS)
        return None
    if not statement and not _MEMBER_HINT.search(sentence.lower()):
        return None
    m = asks if statement else _MEMBER_ASKS.search(sentence)
    if m is None:
        m = _MEMBER_WISHES.search(sentence)
        if m is not None and (not (_ASKED_FOR.search(sentence) or _PAPERS_NAMED.search(m.group())
                                   or _ANSWER_BEFORE_VOTE.search(sentence))
                              or _OTHERS_WISH.search(sentence, 0, m.end())):
            m = None  # nothing to deliver, or someone else's wish ("… dat mevrouw Hermans
            # die informatie ook wil hebben")
    if m and (_SOON_BY.search(sentence) or _ANSWER_BEFORE_VOTE.search(sentence)) \
            and not _negated(m.group()):
        return Finding("request", "request.member", 0.7, None, MEMBERS)  # "… antwoord vóór de
        # stemmingen", "voor morgen een brief"
    if m and m.group().lower().startswith("hoop") and _THINKS.search(sentence, m.end()):
        return None  # "Ik hoop dat de minister daarover nog eens nadenkt": a wish, nothing asked
    if m and re.match(r"hoop|zou\b.*\bals\b|op\s+prijs", m.group(), _I) \
            and _ANSWER_VERBS.search(sentence, m.end()) \
            and not re.search(r"\bschriftelijk", sentence, _I):
        return None  # "Ik hoop dat het kabinet in de brief zal aangeven hoe …", "Ik zou het
        # fijn vinden als de minister in zijn brief ingaat op …": the content of a letter
    if m and not _negated(m.group()) \
            and not _NOT_ASKED.search(_PURPOSE.split(sentence, 1)[0]) and not (
            _ANSWER_NOW.search(sentence, m.end()) and not _WRITTEN.search(sentence)):
        return Finding("request", "request.member", 0.7, None, MEMBERS)
    return None


# The patterns that cost most over a corpus, each with a look-ahead on the letters its matches
# start with: the same matches, found in about half the time (``tracker.patterns``). Kept here,
# after the rules, so that a pattern is written and read in one piece above.
(_REQUEST, _REPORTED_REQUEST, _TELL_VERBS, _ANSWER_VERBS, _WHICH,
 _TO_SAY, _IN_WRITING, _DELIVERY_ASKED, _PROMISE_ASKED, _BEFORE_EVENT, _GLADLY, _PAST_AUX,
 _WANTS_BEFORE, _NOT_ASKED, _MEMBER_WISHES) = map(with_lookahead, (
    _REQUEST, _REPORTED_REQUEST, _TELL_VERBS, _ANSWER_VERBS, _WHICH,
    _TO_SAY, _IN_WRITING, _DELIVERY_ASKED, _PROMISE_ASKED, _BEFORE_EVENT, _GLADLY, _PAST_AUX,
    _WANTS_BEFORE, _NOT_ASKED, _MEMBER_WISHES))
# The two largest alternations, each branch searched only where its words stand (the same
# match, in about half the time: ``tracker.patterns.Branches``).
_DIRECTED, _MEMBER_ASKS = Branches(_DIRECTED), Branches(_MEMBER_ASKS)
# Patterns searched in most of the sentences that reach them, which few of those sentences hold
# the words of: each behind a test for those words (``tracker.patterns.guarded``).
(_DIRECTED_HINT, _REQUEST_HINT, _BEREID_ASKED, _ASKS_TO_DO, _MEMBER_HINT, _MEMBER_ASKS_QUESTION,
 _INTENDS_TO_TELL, _MEMBER_WISHES, _ASKS_DELIVERY, _MEMBER_PROMISES) = map(guarded, (
    _DIRECTED_HINT, _REQUEST_HINT, _BEREID_ASKED, _ASKS_TO_DO, _MEMBER_HINT, _MEMBER_ASKS_QUESTION,
    _INTENDS_TO_TELL, _MEMBER_WISHES, _ASKS_DELIVERY, _MEMBER_PROMISES))
