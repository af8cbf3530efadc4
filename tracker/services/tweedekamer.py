"""Import Tweede Kamer SyncFeed records: toezeggingen, activities, documents, dossiers.

By natural key (source ``tk``, external_id = the entity's GUID), a batch at a time: the rows a
batch names are loaded in a few queries, changed in memory by the rules of ``changes.apply``
and written in a few statements (``services.bulk``), so every change to a tracked field is
history (by ``sync:tk``, at the entity's ``bijgewerkt``) without a query or flush per entry.
Tombstones mark rows withdrawn; nothing is deleted. Either side of a reference may arrive
first: a toezegging gets its committee when its Activiteit arrives, a fulfilling letter is a
stub document until the Document arrives, a document gets its dossier when the
Kamerstukdossier arrives, a link to another toezegging resolves when that one does.

Takes a Session, flushes, never commits: ``tracker.runs.tk`` owns the transactions.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, NamedTuple

from sqlalchemy import String, bindparam, delete, select, update
from sqlalchemy.orm import Session, aliased

from scrapers.tweedekamer import (
    Activiteit,
    BadEntry,
    Entry,
    Fractie,
    Kamerstukdossier,
    PageError,
    Persoon,
    SyncFeedPage,
    Toezegging,
    Verwijderd,
)
from scrapers.tweedekamer import Document as TkDocument

from ..calendar import ParliamentaryCalendar
from ..clock import day_of
from ..deadlines import DeadlineFinder
from ..models import (
    Activity,
    Commitment,
    CommitmentLink,
    CommitmentRecipient,
    Document,
    Dossier,
    DossierDocument,
    Fulfilment,
    HistoryEntry,
    Party,
    Person,
    Source,
    utcnow,
)
from ..models.base import clipped
from ..statuses import normalise_status
from .bulk import (
    History,
    Row,
    Table,
    among,
    among_keys,
    chunks,
    insert_rows,
    key_list,
    reserve_ids,
)
from .calendar import calendar_from_db
from .changes import Actor, keep_clerk_status, keep_manual_due
from .sources import get_source

log = logging.getLogger(__name__)

SOURCE_KEY = "tk"
SOURCE_NAME = "Tweede Kamer (SyncFeed)"
SYNC = Actor("sync", "tk", reason="SyncFeed")

Outcome = Literal["inserted", "updated", "unchanged", "withdrawn"]
OUTCOMES: tuple[str, ...] = ("inserted", "updated", "unchanged", "withdrawn", "errors")

# isHerhalingVan / isAanvullingOp / isWijzigingVan -> CommitmentLink.relation
RELATIONS = {"is_herhaling_van": "repeats", "is_aanvulling_op": "supplements",
             "is_wijziging_van": "amends"}


class ImportProblem(ValueError):
    """An entry the importer cannot store; reported and skipped."""


def tk_source(session: Session, url: str | None = None) -> Source:
    return get_source(session, SOURCE_KEY, kind="tk", name=SOURCE_NAME, url=url)


def compose_actor(t: Toezegging) -> str | None:
    """Who made the commitment, as a clerk reads it: "minister van Binnenlandse Zaken, De Jonge".

    The office is ``functie`` (else ``titulatuur``); the name is ``naam``, else the surname
    with its tussenvoegsel capitalised, as Dutch writes a surname on its own.
    """
    office = t.functie or t.titulatuur
    name = t.naam
    if not name and t.achternaam:
        prefix = t.tussenvoegsel or ""
        name = " ".join(p for p in (prefix[:1].upper() + prefix[1:], t.achternaam,
                                    t.achtervoegsel) if p)
    return ", ".join(p for p in (office, name) if p) or None


def new_counts() -> dict[str, int]:
    return dict.fromkeys(OUTCOMES, 0)


class TkImporter:
    """Stores batches of SyncFeed entries in one session (see ``store``)."""

    def __init__(self, session: Session, calendar: ParliamentaryCalendar | None = None,
                 source: Source | None = None, deadlines: DeadlineFinder | None = None) -> None:
        """``deadlines``: a finder kept across the batches of a run (it remembers texts)."""
        self.session = session
        self.source = source or tk_source(session)
        self.calendar = deadlines.calendar if deadlines else calendar or calendar_from_db(session)
        self.deadlines = deadlines or DeadlineFinder(self.calendar)

    def store(self, entries: Sequence[Entry]) -> list[Outcome | ImportProblem]:
        """Import a batch: what each entry came to, or the ImportProblem that skipped it
        (raised before anything of that entry is stored). Flushes; never commits. A batch
        the database refuses raises SQLAlchemyError, and nothing of it is kept in memory."""
        batch = _Batch(self.session, self.source, self.deadlines)
        batch.prefetch(entries)
        outcomes: list[Outcome | ImportProblem] = []
        for entry in entries:
            try:
                outcomes.append(batch.apply(entry))
            except ImportProblem as exc:
                outcomes.append(exc)
        batch.write()
        return outcomes


# The columns a batch reads and writes, per model.
_COMMITMENT_COLUMNS = (
    "number", "kind", "text", "actor", "ministry", "committee", "chamber", "made_on",
    "activity", "activity_ref", "status", "status_raw", "due", "due_phrase", "due_precision",
    "due_source", "due_rule", "url", "withdrawn", "status_since")
_ACTIVITY_COLUMNS = ("number", "kind", "subject", "date", "committee", "committee_abbr",
                     "withdrawn")
_DOCUMENT_COLUMNS = ("number", "identifier", "dossier", "ondernummer", "title", "doc_type",
                     "date", "chamber", "url", "is_stub")
_DOSSIER_COLUMNS = ("number", "suffix", "title", "closed", "withdrawn")
_PERSON_COLUMNS = ("name", "party")
_PARTY_COLUMNS = ("abbreviation", "name")
_RECIPIENT_COLUMNS = ("position", "name", "party", "person_ref", "party_ref")


class _Batch:
    """One batch of entries: the rows it touches, changed in memory, written at once.

    The entries are applied in order, each seeing what the ones before it changed, so an
    entity twice in a batch is inserted and then updated (with history), as if stored one
    by one. Rows that do not exist yet are referred to by their ``Row`` until ``write``
    gives them ids.
    """

    def __init__(self, session: Session, source: Source, deadlines: DeadlineFinder) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.source = source
        self.deadlines = deadlines
        self.history = History()
        self.commitments = Table(session, Commitment, source.id, _COMMITMENT_COLUMNS,
                                 self.history)
        self.activities = Table(session, Activity, source.id, _ACTIVITY_COLUMNS)
        self.documents = Table(session, Document, source.id, _DOCUMENT_COLUMNS)
        self.dossiers = Table(session, Dossier, source.id, _DOSSIER_COLUMNS)
        self.people = Table(session, Person, source.id, _PERSON_COLUMNS)
        self.parties = Table(session, Party, source.id, _PARTY_COLUMNS)
        self.tables = {Commitment: self.commitments, Activity: self.activities,
                       Document: self.documents, Dossier: self.dossiers,
                       Person: self.people, Party: self.parties}
        self._activity_numbers: dict[str, Row | None] = {}
        self._documents_by_number: dict[str, Row | None] = {}
        self._new_commitments: list[Row] = []
        # Links between toezeggingen: from row -> (relation, to_ref) -> [link id, the target:
        # its row, or its number when stored before].
        self._links: dict[Row, dict[tuple[str, str], list[Any]]] = {}
        self._links_loaded: set[int] = set()
        self._new_links: list[tuple[Row, str, str]] = []
        self._gone_links: list[int] = []
        # Fulfilments: (commitment row, document row) -> [fulfilment id or None, state].
        self._fulfilments: dict[tuple[Row, Row], list[Any]] = {}
        self._stored_fulfilments: dict[tuple[int, int], list[Any]] = {}
        # Per toezegging: the numbers of letters this sync confirmed that are still confirmed.
        self._held: dict[Row, set[str]] = {}
        # Placement of documents in dossiers: document row -> [link id, dossier row or None].
        self._placed: dict[Row, list[Any]] = {}
        self._spread_activities: list[tuple[Row, Actor]] = []
        self._spread_dossiers: list[Row] = []
        # Whom toezeggingen were made to: stored rows per commitment id, and the commitments
        # whose recipients this batch replaces (row -> the wanted rows).
        self._stored_recipients: dict[int, list[tuple[Any, ...]]] = {}
        self._recipients_loaded: set[int] = set()
        self._new_recipients: dict[Row, list[tuple[Any, ...]]] = {}
        # Persons and parties named (again) in this batch: their names go to the recipients.
        self._named_people: dict[str, Row] = {}
        self._named_parties: dict[str, Row] = {}

    # --- reading ahead -------------------------------------------------------------------

    def prefetch(self, entries: Iterable[Entry]) -> None:
        """Load what the entries will look up, in a few queries instead of a few per entry
        (rows found, and keys known to be absent, are both remembered)."""
        keys: dict[type, set[str]] = {Commitment: set(), Activity: set(), Document: set(),
                                      Dossier: set(), Person: set(), Party: set()}
        activity_numbers: set[str] = set()
        numbers: set[str] = set()
        for entry in entries:
            r = entry.record
            if isinstance(r, Verwijderd):
                if r.soort in _TOMBSTONE_MODELS:
                    keys[_TOMBSTONE_MODELS[r.soort]].add(r.id)
            elif isinstance(r, Toezegging):
                keys[Commitment].update((r.id, *r.is_herhaling_van, *r.is_aanvulling_op,
                                         *r.is_wijziging_van))
                if r.activiteit:
                    keys[Activity].add(r.activiteit)
                if r.activiteit_nummer:
                    activity_numbers.add(r.activiteit_nummer)
                numbers.update(r.kamerbrief_nakoming)
                if r.toegezegd_aan_persoon:
                    keys[Person].add(r.toegezegd_aan_persoon)
                if r.toegezegd_aan_fractie:
                    keys[Party].add(r.toegezegd_aan_fractie)
            elif isinstance(r, Persoon):
                keys[Person].add(r.id)
            elif isinstance(r, Fractie):
                keys[Party].add(r.id)
            elif isinstance(r, Activiteit):
                keys[Activity].add(r.id)
            elif isinstance(r, TkDocument):
                keys[Document].add(r.id)
                if r.document_nummer:
                    numbers.add(r.document_nummer)
                if r.kamerstukdossier:
                    keys[Dossier].add(r.kamerstukdossier)
            elif isinstance(r, Kamerstukdossier):
                keys[Dossier].add(r.id)
        for model, wanted in keys.items():
            self.tables[model].load(wanted)
        for chunk in chunks(activity_numbers - self._activity_numbers.keys()):
            self._activity_numbers.update(dict.fromkeys(chunk))
            for row in self.activities.where_among("number", chunk, (Activity.id.desc(),)):
                self._activity_numbers[row["number"]] = row
        for chunk in chunks(numbers - self._documents_by_number.keys()):
            self._documents_by_number.update(dict.fromkeys(chunk))
            # Last assignment wins: order so that the first non-stub row is the one kept.
            for row in self.documents.where_among(
                    "number", chunk, (Document.is_stub.desc(), Document.id.desc())):
                self._documents_by_number[row["number"]] = row
        stored = [row for key in keys[Commitment]
                  if (row := self.commitments.by_key.get(key)) is not None]
        self._load_links(stored)
        self._load_fulfilments(stored)
        self._load_recipients(stored)
        self._load_placements([row for key in keys[Document]
                               if (row := self.documents.by_key.get(key)) is not None])

    def _load_links(self, rows: list[Row]) -> None:
        by_id = {row.id: row for row in rows if row.id not in self._links_loaded}
        target = _LINK_TARGET
        query = _statement(self.dialect, "links", lambda keys: (
            select(CommitmentLink.id, CommitmentLink.from_id, CommitmentLink.relation,
                   CommitmentLink.to_ref, target.number)
            .outerjoin(target, target.id == CommitmentLink.to_id)
            .where(keys(CommitmentLink.from_id),
                   CommitmentLink.relation.in_(RELATIONS.values()))))
        for chunk in chunks(by_id):
            self._links_loaded.update(chunk)
            for link_id, from_id, relation, to_ref, to_number in self.session.connection().execute(
                    query, {"_keys": key_list(chunk, self.dialect)}).all():
                self._links.setdefault(by_id[from_id], {})[(relation, to_ref)] = [
                    link_id, to_number]

    def _load_fulfilments(self, rows: list[Row]) -> None:
        by_id = {row.id: row for row in rows}
        connection = self.session.connection()
        dialect = self.dialect
        stored = _statement(dialect, "fulfilments", lambda keys: select(
            Fulfilment.id, Fulfilment.commitment_id, Fulfilment.document_id, Fulfilment.state,
        ).where(keys(Fulfilment.commitment_id)))
        for chunk in chunks(by_id):
            confirmed: dict[int, list[int]] = {}  # commitment -> confirmed documents
            for fulfilment_id, commitment_id, document_id, state in connection.execute(
                    stored, {"_keys": key_list(chunk, dialect)}).all():
                self._stored_fulfilments[(commitment_id, document_id)] = [fulfilment_id, state]
                if state == "confirmed":
                    confirmed.setdefault(commitment_id, []).append(document_id)
            # Letters confirmed for these toezeggingen whose confirmation came from here.
            numbers: dict[int, str] = {}
            by_sync: dict[int, set[str]] = {}
            if confirmed:
                documents = {d for found in confirmed.values() for d in found}
                # The source is checked on the rows found, not in the query: given both,
                # SQLite walked every document of the source by the natural key's index
                # instead of finding these by id, a cost that grew with the table (1.4 s of
                # a 100,000-entry load, 2026-12).
                numbers = {document_id: number for document_id, number, source_id
                           in connection.execute(_statement(
                               dialect, "letter numbers", lambda keys: select(
                                   Document.id, Document.number, Document.source_id)
                               .where(keys(Document.id), Document.number.is_not(None))),
                               {"_keys": key_list(list(documents), dialect)}).all()
                           if source_id == self.source.id}
                for commitment_id, value in connection.execute(_statement(
                    dialect, "confirmed by sync", lambda keys: select(
                        HistoryEntry.commitment_id, HistoryEntry.new_value).where(
                        keys(HistoryEntry.commitment_id),
                        HistoryEntry.field == "fulfilled_by",
                        HistoryEntry.actor_kind == SYNC.kind, HistoryEntry.actor == SYNC.name)),
                    {"_keys": key_list(list(confirmed), dialect)}).all():
                    by_sync.setdefault(commitment_id, set()).add(value)
            for commitment_id in chunk:
                held = {numbers[d] for d in confirmed.get(commitment_id, ()) if d in numbers}
                self._held[by_id[commitment_id]] = held & by_sync.get(commitment_id, set())

    def _load_recipients(self, rows: list[Row]) -> None:
        ids = [row.id for row in rows if row.id not in self._recipients_loaded]
        c = CommitmentRecipient.__table__.c
        query = _statement(self.dialect, "recipients", lambda keys: select(
            c.commitment_id, *(c[name] for name in _RECIPIENT_COLUMNS),
        ).where(keys(c.commitment_id)).order_by(c.position))
        for chunk in chunks(ids):
            self._recipients_loaded.update(chunk)
            for record in self.session.connection().execute(
                    query, {"_keys": key_list(chunk, self.dialect)}).all():
                self._stored_recipients.setdefault(record[0], []).append(tuple(record[1:]))

    def _load_placements(self, rows: list[Row]) -> None:
        by_id = {row.id: row for row in rows if row not in self._placed}
        for chunk in chunks(by_id):
            connection = self.session.connection()
            placed = dict(connection.execute(
                select(DossierDocument.document_id, DossierDocument.id)
                .where(DossierDocument.document_id.in_(chunk))).all())
            dossier_of = dict(connection.execute(
                select(DossierDocument.id, DossierDocument.dossier_id)
                .where(DossierDocument.document_id.in_(chunk))).all())
            dossiers = {row.id: row for row in self.dossiers.where(
                Dossier.id.in_(set(dossier_of.values())))} if dossier_of else {}
            for document_id in chunk:
                link_id = placed.get(document_id)
                self._placed[by_id[document_id]] = [
                    link_id, dossiers.get(dossier_of[link_id]) if link_id else None]

    # --- dispatch ------------------------------------------------------------------------

    def apply(self, entry: Entry) -> Outcome:
        """Apply one entry in memory; the outcome for the counts. Raises ImportProblem for
        bad data, before anything of the entry is changed."""
        record_ = entry.record
        if isinstance(record_, Verwijderd):
            return self._deleted(entry, record_)
        if isinstance(record_, Toezegging):
            return self.toezegging(entry, record_)
        if isinstance(record_, Activiteit):
            return self.activiteit(entry, record_)
        if isinstance(record_, TkDocument):
            return self.document(entry, record_)
        if isinstance(record_, Kamerstukdossier):
            return self.kamerstukdossier(entry, record_)
        if isinstance(record_, Persoon):
            return self.persoon(record_)
        if isinstance(record_, Fractie):
            return self.fractie(record_)
        log.debug("tk: entry %s of kind %s is not imported", entry.id, entry.kind)
        return "unchanged"

    def _actor(self, entry: Entry, bijgewerkt, reason: str | None = None) -> Actor:
        return Actor(SYNC.kind, SYNC.name, reason or SYNC.reason, entry.url or entry.id,
                     bijgewerkt)

    def _deleted(self, entry: Entry, gone: Verwijderd) -> Outcome:
        if gone.soort not in _TOMBSTONE_MODELS:
            # Documents have no withdrawn flag; a deleted document stays as it was.
            log.info("tk %s %s deleted at the source; kept as it was", gone.soort, gone.id)
            return "unchanged"
        table = self.tables[_TOMBSTONE_MODELS[gone.soort]]
        row = table.get(gone.id)
        if row is None or row["withdrawn"]:
            return "unchanged"
        table.set(row, {"withdrawn": True},
                  self._actor(entry, gone.bijgewerkt, "deleted at the source"))
        return "withdrawn"

    def _upsert(self, table: Table, key: str, values: dict[str, Any],
                actor: Actor | None, *, fitted: bool = False) -> tuple[Row, Outcome, list[str]]:
        """``fitted``: ``_check_lengths`` has fitted the values to their columns."""
        row = table.get(key)
        if row is None:
            return table.add(key, values, fitted=fitted), "inserted", list(values)
        changed = table.set(row, values, actor, fitted=fitted)
        return row, ("updated" if changed else "unchanged"), changed

    # --- toezeggingen --------------------------------------------------------------------

    def toezegging(self, entry: Entry, t: Toezegging) -> Outcome:
        actor = self._actor(entry, t.bijgewerkt)
        row = self.commitments.get(t.id)
        status, known = _status(t.status)
        if not known:
            where = f"tk toezegging {t.nummer or t.id} (skiptoken {entry.skiptoken})"
            if t.status:
                log.warning("%s: unknown status %r, stored raw as unknown", where, t.status)
            else:
                log.info("%s: no status, stored as unknown", where)
        activity = self._activity(t.activiteit, t.activiteit_nummer)
        values: dict[str, Any] = {
            "number": t.nummer,
            "kind": "commitment",
            "text": t.tekst or "",
            "actor": compose_actor(t),
            "ministry": t.ministerie,
            "chamber": "TK",
            "made_on": t.aanmaakdag,
            "status": status,
            "status_raw": t.status,
            "url": entry.url,
            "activity_ref": t.activiteit or t.activiteit_nummer,
            "withdrawn": False,
        }
        if activity is not None:
            values["committee"] = activity["committee"]
            values["activity"] = _activity_label(activity)
        values.update(self._deadline(t, row, activity))
        if row is not None and row.id is not None and row["status"] != status \
                and keep_clerk_status(self.session, _Stored(row.id, row["due_source"],
                                                            row["status_raw"]), t.status):
            values.pop("status")  # the register repeats itself; the clerk's decision stands
        _check_lengths(values, t.id)
        row, outcome, changed = self._upsert(self.commitments, t.id, values, actor, fitted=True)
        if "status" in changed and outcome == "updated" and t.bijgewerkt is not None:
            # The update that changed the status is dated by the source: the day it changed
            # there (punctuality's fallback when no fulfilling letter has a date).
            self.commitments.set(row, {"status_since": day_of(t.bijgewerkt)})
        inserted = outcome == "inserted"
        if inserted:
            self._new_commitments.append(row)
            self._held[row] = set()
        linked = self._link(row, t, actor)
        fulfilled = self._fulfil(row, t.kamerbrief_nakoming, actor)
        recipients = self._recipients(row, t)
        if outcome == "unchanged" and (linked or fulfilled or recipients):
            outcome = "updated"
        return outcome

    def _recipients(self, row: Row, t: Toezegging) -> bool:
        """The member and party it was made to (toegezegdAanPersoon/-Fractie, or a name the
        undocumented toegezegdAan gives), named as far as their entities have arrived.
        Bookkeeping (no history), like the source's other details."""
        person_ref, party_ref, name = _promised_to(t)
        wanted: list[tuple[Any, ...]] = []
        if person_ref or party_ref or name:
            person = self.people.get(person_ref) if person_ref else None
            party = self.parties.get(party_ref) if party_ref else None
            wanted.append((0, (person["name"] if person is not None else None) or name,
                           (party["abbreviation"] if party is not None else None)
                           or (person["party"] if person is not None else None),
                           person_ref, party_ref))
        if row in self._new_recipients:
            current = self._new_recipients[row]
        elif row.id is not None:
            if row.id not in self._recipients_loaded:
                self._load_recipients([row])
            current = self._stored_recipients.get(row.id, [])
        else:
            current = []
        if current == wanted:
            return False
        self._new_recipients[row] = wanted
        return True

    def _deadline(self, t: Toezegging, row: Row | None,
                  activity: Row | None) -> dict[str, Any]:
        """The due date: datumNakoming when the source has one, else from the text.

        A source date wins over the text. A date a clerk set (``manual``) is kept until the
        source moves its own date (``keep_manual_due``); otherwise the deadline engine reads
        the text relative to the day it was registered.
        """
        if row is not None and row["due_source"] == "manual" and keep_manual_due(
                self.session, _Stored(row.id, "manual", row["status_raw"]), t.datum_nakoming):
            return {}
        if t.datum_nakoming is not None:
            return {"due": t.datum_nakoming, "due_source": "source", "due_precision": "day",
                    "due_phrase": None, "due_rule": None}
        reference = t.aanmaakdag or (activity["date"] if activity else None) or (
            t.bijgewerkt.date() if t.bijgewerkt else None)
        found = self.deadlines.find(t.tekst or "", reference) if reference else None
        if found is None:
            return {"due": None, "due_source": None, "due_precision": None, "due_phrase": None,
                    "due_rule": None}
        return {"due": found.due, "due_source": "text", "due_precision": found.precision,
                "due_phrase": found.phrase, "due_rule": found.rule}

    def _activity(self, ref: str | None, number: str | None) -> Row | None:
        if ref:
            found = self.activities.get(ref)
            if found is not None:
                return found
        if not number:
            return None
        if number not in self._activity_numbers:
            rows = self.activities.where(Activity.number == number,
                                         order_by=Activity.id.desc())
            self._activity_numbers[number] = rows[0] if rows else None
        return self._activity_numbers[number]

    def _link(self, row: Row, t: Toezegging, actor: Actor) -> bool:
        """isHerhalingVan / isAanvullingOp / isWijzigingVan as CommitmentLinks (history)."""
        wanted = {(relation, ref) for field, relation in RELATIONS.items()
                  for ref in getattr(t, field)}
        if row.id is not None and row.id not in self._links_loaded:
            self._load_links([row])
        if not wanted and row not in self._links:
            return False
        links = self._links.setdefault(row, {})
        changed = False
        for relation, ref in sorted(wanted - links.keys()):
            target = self.commitments.get(ref)
            links[(relation, ref)] = [None, target]
            self._new_links.append((row, relation, ref))
            self.history.add(row, relation, None, _ref_label(target, ref), actor)
            changed = True
        for relation, ref in sorted(links.keys() - wanted):
            link_id, target = links.pop((relation, ref))
            label = (target["number"] if isinstance(target, Row) else target) or ref
            self.history.add(row, relation, label, None,
                             actor.because("no longer named by the source"))
            if link_id is not None:
                self._gone_links.append(link_id)
            else:
                self._new_links.remove((row, relation, ref))
            changed = True
        return changed

    def _fulfil(self, row: Row, numbers: Iterable[str], actor: Actor) -> bool:
        """kamerbriefNakoming -> confirmed fulfilments; a letter the source stops naming is
        rejected again, but only if this sync confirmed it (a clerk's links are left alone)."""
        wanted = list(dict.fromkeys(numbers))
        if row not in self._held:
            self._load_fulfilments([row])
        held = self._held[row]
        changed = False
        for number in wanted:
            if number in held:
                continue
            changed |= self._set_fulfilment(row, self.document_for_number(number), actor)
            held.add(number)
        for number in sorted(held - set(wanted)):
            changed |= self._set_fulfilment(
                row, self.document_for_number(number),
                actor.because("no longer named by the source"), state="rejected")
            held.discard(number)
        return changed

    def _set_fulfilment(self, row: Row, document: Row, actor: Actor,
                        state: str = "confirmed") -> bool:
        """``changes.set_fulfilment`` in the batch: link a letter, history says so."""
        link = self._fulfilments.get((row, document))
        if link is None and row.id is not None and document.id is not None:
            link = self._stored_fulfilments.get((row.id, document.id))
        old_state = link[1] if link else None
        if old_state == state:
            return False
        if link is None:
            self._fulfilments[(row, document)] = [None, state]
        else:
            link[1] = state
            self._fulfilments[(row, document)] = link
        field = {"confirmed": "fulfilled_by", "proposed": "proposed_fulfilment",
                 "rejected": "rejected_fulfilment"}[state]
        shown = _display_number(document)
        self.history.add(row, field,
                         shown if old_state == "confirmed" and state != "confirmed" else None,
                         shown, actor)
        return True

    def document_for_number(self, number: str) -> Row:
        """The TK document with this number; a stub (``is_stub``) until the Document arrives."""
        if number not in self._documents_by_number:
            rows = self.documents.where(Document.number == number,
                                        order_by=(Document.is_stub, Document.id))
            self._documents_by_number[number] = rows[0] if rows else None
        found = self._documents_by_number[number]
        if found is None:
            found = self.documents.add(number, {"number": number, "chamber": "TK",
                                                "is_stub": True})
            self._documents_by_number[number] = found
        return found

    # --- persons and parties ------------------------------------------------------------

    def persoon(self, p: Persoon) -> Outcome:
        values = {"name": p.name, "party": p.fractielabel}
        row, outcome, changed = self._upsert(self.people, p.id, values, None)
        if outcome == "inserted" or changed:
            self._named_people[p.id] = row
        return outcome

    def fractie(self, f: Fractie) -> Outcome:
        values = {"abbreviation": f.afkorting, "name": f.naam_nl}
        row, outcome, changed = self._upsert(self.parties, f.id, values, None)
        if outcome == "inserted" or changed:
            self._named_parties[f.id] = row
        return outcome

    # --- activities ----------------------------------------------------------------------

    def activiteit(self, entry: Entry, a: Activiteit) -> Outcome:
        values = {"number": a.nummer, "kind": a.soort, "subject": a.onderwerp, "date": a.datum,
                  "committee": a.voortouwnaam, "committee_abbr": a.voortouwafkorting,
                  "withdrawn": False}
        _check_lengths(values, a.id, Activity)
        actor = self._actor(entry, a.bijgewerkt, "activity updated")
        row, outcome, changed = self._upsert(self.activities, a.id, values, None, fitted=True)
        if outcome == "inserted" or {"committee", "kind", "subject", "date"} & set(changed):
            self._spread_activities.append((row, actor))
        return outcome

    def _spread(self) -> None:
        """Give the toezeggingen made in the activities that changed their committee and name
        (history), and the documents in the dossiers that changed their citation."""
        if self._spread_activities:
            latest = {id(row): (row, actor) for row, actor in self._spread_activities}
            by_ref: dict[str, tuple[Row, Actor]] = {}
            for row, actor in latest.values():
                for ref in (row.key, row["number"]):
                    if ref:
                        by_ref[ref] = (row, actor)
            found = self.commitments.where(
                among(Commitment.activity_ref, list(by_ref), self.dialect))
            new = [r for r in self.commitments.rows if r["activity_ref"] in by_ref]
            for commitment in dict.fromkeys([*found, *new]):
                activity, actor = by_ref[commitment["activity_ref"]]
                self.commitments.set(commitment, {"committee": activity["committee"],
                                                  "activity": _activity_label(activity)}, actor)
            self._spread_activities = []
        if self._spread_dossiers:
            dossiers = {id(row): row for row in self._spread_dossiers}
            stored = {row.id: row for row in dossiers.values() if row.id is not None}
            members: list[tuple[Row, Row]] = []
            for chunk in chunks(stored):
                pairs = dict(self.session.connection().execute(
                    select(DossierDocument.document_id, DossierDocument.dossier_id)
                    .where(DossierDocument.dossier_id.in_(chunk))).all())
                docs = self.documents.where(Document.id.in_(list(pairs))) if pairs else []
                for document in docs:
                    placed = self._placed.get(document)
                    if placed is None or placed[1] is stored[pairs[document.id]]:
                        members.append((document, stored[pairs[document.id]]))
            for document, (_link, dossier) in self._placed.items():
                if dossier is not None and id(dossier) in dossiers:
                    members.append((document, dossier))
            for document, dossier in dict(members).items():
                label = _dossier_label(dossier)
                self.documents.set(document, {
                    "dossier": label,
                    "identifier": _kamerstuk_id(label, document["ondernummer"])})
            self._spread_dossiers = []

    # --- documents and dossiers ----------------------------------------------------------

    def document(self, entry: Entry, d: TkDocument) -> Outcome:
        values: dict[str, Any] = {
            "number": d.document_nummer,
            # onderwerp says what the document is about; titel is often the dossier's title.
            "title": d.onderwerp or d.titel,
            "doc_type": d.soort,
            "date": d.datum,
            "chamber": "EK" if d.kamer == "1" else "TK",
            "url": d.enclosure or entry.url,
            "is_stub": False,
            "ondernummer": str(d.volgnummer) if d.volgnummer is not None else None,
        }
        _check_lengths(values, d.id, Document)
        if self.documents.get(d.id) is None and d.document_nummer:
            # A letter named by a toezegging before it arrived: that stub becomes this row.
            stub = self._documents_by_number.get(d.document_nummer, _UNSEEN)
            if stub is _UNSEEN:
                rows = self.documents.where(Document.number == d.document_nummer,
                                            Document.is_stub.is_(True), order_by=Document.id)
                stub = rows[0] if rows else None
            if stub is not None and stub["is_stub"]:
                self.documents.rekey(stub, d.id)
        dossier = self._dossier_ref(d.kamerstukdossier) if d.kamerstukdossier else None
        values["dossier"] = _dossier_label(dossier) if dossier else None
        values["identifier"] = _kamerstuk_id(values["dossier"], values["ondernummer"])
        row, outcome, _ = self._upsert(self.documents, d.id, values, None, fitted=True)
        if d.document_nummer:
            self._documents_by_number[d.document_nummer] = row
        self._place_in_dossier(row, dossier)
        return outcome

    def _dossier_ref(self, ref: str) -> Row:
        found = self.dossiers.get(ref)
        if found is None:
            found = self.dossiers.add(ref, {})  # number unknown until it arrives
        return found

    def _place_in_dossier(self, document: Row, dossier: Row | None) -> None:
        if document not in self._placed:
            if document.id is not None:
                self._load_placements([document])
            else:
                self._placed[document] = [None, None]
        self._placed[document][1] = dossier

    def kamerstukdossier(self, entry: Entry, k: Kamerstukdossier) -> Outcome:
        values = {"number": k.nummer, "suffix": k.toevoeging, "title": k.titel,
                  "closed": k.afgesloten, "withdrawn": False}
        _check_lengths(values, k.id, Dossier)
        row = self.dossiers.get(k.id)
        if row is not None and row["number"] is None:
            # Only referred to so far: its arrival is new information, not an update.
            self.dossiers.set(row, values)
            outcome: Outcome = "inserted"
        else:
            row, outcome, _ = self._upsert(self.dossiers, k.id, values, None, fitted=True)
        if outcome != "unchanged":
            self._spread_dossiers.append(row)
        return outcome

    # --- writing -------------------------------------------------------------------------

    def write(self) -> None:
        """Send the batch: the rows first, then what refers to them, then the history."""
        self._spread()
        reserve_ids(self.session.connection(), (self.dossiers, self.documents, self.activities,
                                                self.people, self.parties, self.commitments))
        self.dossiers.write()
        self.documents.write()
        self._write_placements()
        self.activities.write()
        self.people.write()
        self.parties.write()
        self.commitments.write()
        self._write_recipients()
        connection = self.session.connection()
        if self._gone_links:
            connection.execute(delete(CommitmentLink).where(
                CommitmentLink.id.in_(self._gone_links)))
        if self._new_links:
            now = utcnow()
            insert_rows(connection, CommitmentLink.__table__,
                        ("from_id", "relation", "to_ref", "created_at", "to_id"), [
                (row.id, relation, ref, now, target.id if isinstance(target, Row) else None)
                for row, relation, ref in self._new_links
                for target in (self._links[row][(relation, ref)][1],)])
        self._write_fulfilments()
        self.history.write(self.session)
        self._resolve_links()

    def _write_placements(self) -> None:
        connection = self.session.connection()
        added, moved, removed = [], [], []
        for document, (link_id, dossier) in self._placed.items():
            if link_id is None and dossier is not None:
                added.append((document.id, dossier.id))
            elif link_id is not None and dossier is None:
                removed.append(link_id)
            elif link_id is not None:
                moved.append({"_id": link_id, "_dossier": dossier.id})
        if removed:
            connection.execute(delete(DossierDocument).where(DossierDocument.id.in_(removed)))
        if moved:
            connection.execute(
                update(DossierDocument).where(DossierDocument.id == bindparam("_id"))
                .values(dossier_id=bindparam("_dossier")), moved)
        if added:
            insert_rows(connection, DossierDocument.__table__, ("document_id", "dossier_id"),
                        added)

    def _write_recipients(self) -> None:
        """Replace the recipients of the toezeggingen that changed them, then give the ones
        stored before the names of persons and parties that arrived in this batch."""
        connection = self.session.connection()
        table = CommitmentRecipient.__table__
        if self._new_recipients:
            replaced = [row.id for row in self._new_recipients if row.id is not None]
            for chunk in chunks(replaced):
                connection.execute(delete(table).where(among(table.c.commitment_id, chunk,
                                                             self.dialect)))
            insert_rows(connection, table, ("commitment_id", *_RECIPIENT_COLUMNS), [
                (row.id, *wanted) for row, rows in self._new_recipients.items()
                for wanted in rows])
            for row, rows in self._new_recipients.items():
                self._stored_recipients[row.id] = rows
            self._new_recipients = {}
        if self._named_people:
            people = list(self._named_people.items())
            connection.execute(
                update(table).where(table.c.person_ref == bindparam("_ref"))
                .values(name=bindparam("_name")),
                [{"_ref": ref, "_name": row["name"]} for ref, row in people])
            # the person's own party until (or unless) the toezegging's Fractie says
            labelled = [{"_ref": ref, "_party": row["party"]} for ref, row in people
                        if row["party"]]
            if labelled:
                connection.execute(
                    update(table).where(table.c.person_ref == bindparam("_ref"),
                                        table.c.party.is_(None))
                    .values(party=bindparam("_party")), labelled)
            self._named_people = {}
        named = [{"_ref": ref, "_party": row["abbreviation"]}
                 for ref, row in self._named_parties.items() if row["abbreviation"]]
        if named:
            connection.execute(
                update(table).where(table.c.party_ref == bindparam("_ref"))
                .values(party=bindparam("_party")), named)
        self._named_parties = {}

    def _write_fulfilments(self) -> None:
        connection = self.session.connection()
        added, changed = [], []
        now = utcnow()
        for (commitment, document), (fulfilment_id, state) in self._fulfilments.items():
            if fulfilment_id is None:
                added.append((commitment.id, document.id, state, now))
            else:
                changed.append({"_id": fulfilment_id, "_state": state})
        if changed:
            connection.execute(update(Fulfilment).where(Fulfilment.id == bindparam("_id"))
                               .values(state=bindparam("_state")), changed)
        if added:
            insert_rows(connection, Fulfilment.__table__,
                        ("commitment_id", "document_id", "state", "created_at"), added)

    def _resolve_links(self) -> None:
        """Links stored earlier that named toezeggingen inserted now point at them."""
        refs = [row.key for row in self._new_commitments]
        if not refs:
            return
        statement = _statement(self.dialect, "resolve links", lambda keys: update(CommitmentLink)
                               .where(CommitmentLink.to_id.is_(None), keys(CommitmentLink.to_ref))
                               .values(to_id=select(Commitment.id).where(
                                   Commitment.source_id == bindparam("_source"),
                                   Commitment.external_id == CommitmentLink.to_ref)
                                   .scalar_subquery()))
        connection = self.session.connection()
        for chunk in chunks(refs):
            connection.execute(statement, {"_keys": key_list(chunk, self.dialect),
                                           "_source": self.source.id})


class _Stored(NamedTuple):
    """What ``keep_manual_due`` and ``keep_clerk_status`` ask of a stored commitment."""

    id: int
    due_source: str | None
    status_raw: str | None


def _activity_label(activity: Row) -> str | None:
    """How a commitment names its activity (``Activity.label``)."""
    text = " – ".join(p for p in (activity["kind"], activity["subject"]) if p)
    day = activity["date"]
    if day:
        text = f"{text} ({day.isoformat()})" if text else day.isoformat()
    return text or None


def _dossier_label(dossier: Row) -> str | None:
    """The dossier as it is cited (``Dossier.label``)."""
    number, suffix = dossier["number"], dossier["suffix"]
    if not number:
        return None
    return f"{number}-{suffix}" if suffix else number


def _display_number(document: Row) -> str:
    return document["number"] or document["identifier"] or document.key


def import_pages(
    session: Session, pages: Iterable[tuple[str, bytes]],
    calendar: ParliamentaryCalendar | None = None,
) -> dict[str, int]:
    """Import saved pages (name, bytes) without cursors or HTTP (the sample data).

    A bad entry or page raises: the sample's pages are expected to be clean.
    """
    importer = TkImporter(session, calendar)
    counts = new_counts()
    for name, data in pages:
        entries = []
        for item in SyncFeedPage(data, name):
            if isinstance(item, BadEntry):
                raise PageError(f"{name}: entry {item.entry_id}: {item.reason}")
            entries.append(item)
        for entry, outcome in zip(entries, importer.store(entries), strict=True):
            if isinstance(outcome, ImportProblem):
                raise PageError(f"{name}: entry {entry.id}: {outcome}")
            counts[outcome] += 1
    session.expire_all()  # ORM objects loaded before see what the batches wrote
    return counts


_STATEMENTS: dict[tuple[str, str], Any] = {}


def _statement(dialect: Any, name: str, build: Callable[[Callable[[Any], Any]], Any]) -> Any:
    """A statement of this module, built once per dialect: a batch runs each with its own
    keys (the parameter ``_keys``, made by ``key_list``). ``build`` receives the function that
    makes a column's condition on those keys. Building a statement, and its cache key, cost
    SQLAlchemy more than the database spends running one of these."""
    key = (dialect.name, name)
    if key not in _STATEMENTS:
        _STATEMENTS[key] = build(lambda column: among_keys(column, "_keys", dialect))
    return _STATEMENTS[key]


# The commitment a link points at. One alias for every batch: SQLAlchemy derives a statement's
# cache key from its alias, and a new alias each time cost some 4 ms a batch to key.
_LINK_TARGET = aliased(Commitment)

_TOMBSTONE_MODELS: dict[str, type] = {
    "toezegging": Commitment, "activiteit": Activity, "kamerstukdossier": Dossier}
_UNSEEN = object()


_GUID_LIKE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _promised_to(t: Toezegging) -> tuple[str | None, str | None, str | None]:
    """(Persoon ref, Fractie ref, a name given as text) of whom a toezegging was made to."""
    names = [v for v in t.toegezegd_aan if not _GUID_LIKE.match(v)]
    return t.toegezegd_aan_persoon, t.toegezegd_aan_fractie, names[0] if names else None


def _kamerstuk_id(dossier: str | None, ondernummer: str | None) -> str | None:
    """kst-36600-VII-12, the identifier officielebekendmakingen uses, when both are known."""
    return f"kst-{dossier}-{ondernummer}" if dossier and ondernummer else None


def _ref_label(target: Row | None, ref: str) -> str:
    return (target["number"] if target is not None else None) or ref


# Fields that name something: cut short they would name something else, so an entry with one
# too long for its column is refused (logged and skipped). Descriptive fields are cut instead.
_IDENTIFYING = frozenset({"number", "identifier", "dossier", "ondernummer", "suffix"})


def _check_lengths(values: dict[str, Any], entity_id: str, model=Commitment) -> None:
    """Fit values to their columns (PostgreSQL would fail the whole batch): refuse an entry
    whose identifying value is too long, cut a description that is, and say so."""
    for name, length in _limits(model):
        value = values.get(name)
        if value is None or len(value) <= length:
            continue
        if name in _IDENTIFYING:
            raise ImportProblem(f"{entity_id}: {name} is {len(value)} characters, "
                                f"more than the {length} the tracker keeps")
        table = model.__table__
        values[name] = clipped(table.name, table.c[name], value, where=f"tk {entity_id}")


@functools.cache
def _limits(model: type) -> tuple[tuple[str, int], ...]:
    """The model's String(n) columns and their n."""
    return tuple((c.name, c.type.length) for c in model.__table__.c
                 if isinstance(c.type, String) and c.type.length)


# Few raw statuses, many entries: each is normalised once.
_status = functools.lru_cache(maxsize=256)(normalise_status)
