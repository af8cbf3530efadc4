"""Import Tweede Kamer SyncFeed records: toezeggingen, activities, documents, dossiers.

By natural key (source ``tk``, external_id = the entity's GUID), through ``changes.upsert`` and
``changes.apply``, so every change to a tracked field is history (by ``sync:tk``, at the
entity's ``bijgewerkt``). Tombstones mark rows withdrawn; nothing is deleted. Either side of a
reference may arrive first: a toezegging gets its committee when its Activiteit arrives, a
fulfilling letter is a stub document until the Document arrives, a document gets its dossier
when the Kamerstukdossier arrives, a link to another toezegging resolves when that one does.

Takes a Session, flushes, never commits: ``tracker.runs.tk`` owns the transactions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from scrapers.tweedekamer import (
    Activiteit,
    BadEntry,
    Entry,
    Kamerstukdossier,
    PageError,
    SyncFeedPage,
    Toezegging,
    Verwijderd,
)
from scrapers.tweedekamer import Document as TkDocument

from ..calendar import ParliamentaryCalendar
from ..clock import day_of
from ..deadlines import find_deadline
from ..models import (
    Activity,
    Commitment,
    CommitmentLink,
    Document,
    Dossier,
    DossierDocument,
    Fulfilment,
    HistoryEntry,
    Source,
)
from ..models.base import clipped, fitted
from ..statuses import normalise_status
from .calendar import calendar_from_db
from .changes import Actor, apply, keep_clerk_status, keep_manual_due, record, set_fulfilment
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
    """Applies SyncFeed entries to the database in one session (one per batch or run)."""

    def __init__(self, session: Session, calendar: ParliamentaryCalendar | None = None,
                 source: Source | None = None) -> None:
        self.session = session
        self.source = source or tk_source(session)
        self.calendar = calendar or calendar_from_db(session)
        self.forget()

    # --- batches -------------------------------------------------------------------------

    def forget(self) -> None:
        """Drop what ``prefetch`` loaded (after a rollback, or before another batch)."""
        self._known: dict[tuple[type, str], Any] = {}  # (model, external_id) -> row or None
        self._activity_numbers: dict[str, Activity | None] = {}
        self._documents_by_number: dict[str, Document | None] = {}
        self._new_commitments: list[str] = []
        # Inserted toezeggingen whose links and letters wait for the batch's one flush.
        self._deferred: dict[str, tuple[Commitment, Toezegging, Actor]] = {}

    def prefetch(self, entries: Iterable[Entry]) -> None:
        """Load what a batch of entries will look up, in a few queries instead of a few per
        entry (rows found, and keys known to be absent, are both remembered)."""
        self.forget()
        keys: dict[type, set[str]] = {Commitment: set(), Activity: set(), Document: set(),
                                      Dossier: set()}
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
        for model, ids in keys.items():
            if not ids:
                continue
            for key in ids:
                self._known[(model, key)] = None
            for row in self.session.scalars(select(model).where(
                    model.source_id == self.source.id, model.external_id.in_(ids))):
                self._known[(model, row.external_id)] = row
        if activity_numbers:
            self._activity_numbers = dict.fromkeys(activity_numbers)
            for row in self.session.scalars(select(Activity).where(
                    Activity.source_id == self.source.id, Activity.number.in_(activity_numbers))
                    .order_by(Activity.id.desc())):
                self._activity_numbers[row.number] = row
        if numbers:
            self._documents_by_number = dict.fromkeys(numbers)
            # Last assignment wins: order so that the first non-stub row is the one kept.
            for row in self.session.scalars(select(Document).where(
                    Document.source_id == self.source.id, Document.number.in_(numbers))
                    .order_by(Document.is_stub.desc(), Document.id.desc())):
                self._documents_by_number[row.number] = row

    def finish(self) -> None:
        """End a batch: flush it; link the inserted toezeggingen to their letters and to each
        other; links that named toezeggingen inserted in it now point at them."""
        self._link_deferred()
        if not self._new_commitments:
            return
        target = (select(Commitment.id)
                  .where(Commitment.source_id == self.source.id,
                         Commitment.external_id == CommitmentLink.to_ref)
                  .scalar_subquery())
        for chunk in _chunks(self._new_commitments, 500):
            self.session.execute(
                update(CommitmentLink)
                .where(CommitmentLink.to_id.is_(None), CommitmentLink.to_ref.in_(chunk))
                .values(to_id=target)
                .execution_options(synchronize_session=False)
            )
        self._new_commitments = []

    # --- dispatch ------------------------------------------------------------------------

    def apply(self, entry: Entry) -> Outcome:
        """Store one entry; the outcome for the counts. Raises ImportProblem for bad data."""
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
        log.debug("tk: entry %s of kind %s is not imported", entry.id, entry.kind)
        return "unchanged"

    def _actor(self, entry: Entry, bijgewerkt, reason: str | None = None) -> Actor:
        return Actor(SYNC.kind, SYNC.name, reason or SYNC.reason, entry.url or entry.id,
                     bijgewerkt)

    def _link_deferred(self) -> None:
        self.session.flush()
        if not self._deferred:
            return
        # New rows have no fulfilments or links yet: nothing to look for before adding.
        with self.session.no_autoflush:
            for row, t, actor in self._deferred.values():
                self._links(row, t, actor, inserted=True)
                self._fulfilments(row, t.kamerbrief_nakoming, actor, inserted=True)
        self._deferred = {}
        self.session.flush()

    def _deleted(self, entry: Entry, gone: Verwijderd) -> Outcome:
        if gone.soort not in _TOMBSTONE_MODELS:
            # Documents have no withdrawn flag; a deleted document stays as it was.
            log.info("tk %s %s deleted at the source; kept as it was", gone.soort, gone.id)
            return "unchanged"
        row = self._by_key(_TOMBSTONE_MODELS[gone.soort], gone.id)
        if row is None or row.withdrawn:
            return "unchanged"
        apply(self.session, row, {"withdrawn": True},
              self._actor(entry, gone.bijgewerkt, "deleted at the source"))
        return "withdrawn"

    def _by_key(self, model, external_id: str):
        key = (model, external_id)
        if key not in self._known:
            self._known[key] = self.session.scalar(
                select(model).where(model.source_id == self.source.id,
                                    model.external_id == external_id)
            )
        return self._known[key]

    def _upsert(self, model, external_id: str, values: dict[str, Any],
                actor: Actor) -> tuple[Any, Outcome, list[str]]:
        """``changes.upsert`` on the batch's prefetched rows: apply to the row found, else add
        one (flushed with the batch, or when something needs its id)."""
        row = self._by_key(model, external_id)
        if row is None:
            row = model(source=self.source, external_id=external_id, **fitted(model, values))
            self.session.add(row)
            self._known[(model, external_id)] = row
            return row, "inserted", list(values)
        changed = apply(self.session, row, values, actor)
        return row, ("updated" if changed else "unchanged"), changed

    # --- toezeggingen --------------------------------------------------------------------

    def toezegging(self, entry: Entry, t: Toezegging) -> Outcome:
        if t.id in self._deferred:
            self._link_deferred()  # seen before in this batch: its first version comes first
        actor = self._actor(entry, t.bijgewerkt)
        row = self._by_key(Commitment, t.id)
        status, known = normalise_status(t.status)
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
            values["committee"] = activity.committee
            values["activity"] = activity.label
        values.update(self._deadline(t, row, activity))
        if row is not None and row.status != status and keep_clerk_status(
                self.session, row, t.status):
            values.pop("status")  # the register repeats itself; the clerk's decision stands
        _check_lengths(values, t.id)
        row, outcome, changed = self._upsert(Commitment, t.id, values, actor)
        if "status" in changed and outcome == "updated" and t.bijgewerkt is not None:
            # The update that changed the status is dated by the source: the day it changed
            # there (punctuality's fallback when no fulfilling letter has a date).
            row.status_since = day_of(t.bijgewerkt)
        if outcome == "inserted":
            self._new_commitments.append(t.id)
            if t.kamerbrief_nakoming or any(getattr(t, field) for field in RELATIONS):
                self._deferred[t.id] = (row, t, actor)  # history rows need its id: at finish
            return outcome
        linked = self._links(row, t, actor, inserted=False)
        fulfilled = self._fulfilments(row, t.kamerbrief_nakoming, actor, inserted=False)
        if outcome == "unchanged" and (linked or fulfilled):
            outcome = "updated"
        return outcome

    def _deadline(self, t: Toezegging, row: Commitment | None,
                  activity: Activity | None) -> dict[str, Any]:
        """The due date: datumNakoming when the source has one, else from the text.

        A source date wins over the text. A date a clerk set (``manual``) is kept until the
        source moves its own date (``keep_manual_due``); otherwise the deadline engine reads
        the text relative to the day it was registered.
        """
        if keep_manual_due(self.session, row, t.datum_nakoming):
            return {}
        if t.datum_nakoming is not None:
            return {"due": t.datum_nakoming, "due_source": "source", "due_precision": "day",
                    "due_phrase": None, "due_rule": None}
        reference = t.aanmaakdag or (activity.date if activity else None) or (
            t.bijgewerkt.date() if t.bijgewerkt else None)
        found = find_deadline(t.tekst or "", reference, self.calendar) if reference else None
        if found is None:
            return {"due": None, "due_source": None, "due_precision": None, "due_phrase": None,
                    "due_rule": None}
        return {"due": found.due, "due_source": "text", "due_precision": found.precision,
                "due_phrase": found.phrase, "due_rule": found.rule}

    def _activity(self, ref: str | None, number: str | None) -> Activity | None:
        if ref:
            found = self._by_key(Activity, ref)
            if found is not None:
                return found
        if not number:
            return None
        if number not in self._activity_numbers:
            self._activity_numbers[number] = self.session.scalar(
                select(Activity).where(Activity.source_id == self.source.id,
                                       Activity.number == number)
                .order_by(Activity.id.desc()).limit(1)
            )
        return self._activity_numbers[number]

    def _links(self, row: Commitment, t: Toezegging, actor: Actor, *, inserted: bool) -> bool:
        """isHerhalingVan / isAanvullingOp / isWijzigingVan as CommitmentLinks (history)."""
        wanted = {(relation, ref) for field, relation in RELATIONS.items()
                  for ref in getattr(t, field)}
        existing: dict[tuple[str, str], CommitmentLink] = {}
        if not inserted:
            for link in self.session.scalars(
                select(CommitmentLink).where(CommitmentLink.from_id == row.id,
                                             CommitmentLink.relation.in_(RELATIONS.values()))
            ):
                existing[(link.relation, link.to_ref)] = link
        changed = False
        for relation, ref in sorted(wanted - existing.keys()):
            target = self._by_key(Commitment, ref)
            # to_id is resolved by id when the target is stored; ``finish`` resolves the rest.
            self.session.add(CommitmentLink(from_id=row.id, to_id=target.id if target else None,
                                            to_ref=ref, relation=relation))
            record(self.session, row, relation, None, _ref_label(target, ref), actor)
            changed = True
        for key in sorted(existing.keys() - wanted):
            link = existing[key]
            record(self.session, row, link.relation, _ref_label(link.to_commitment, link.to_ref),
                   None, actor.because("no longer named by the source"))
            self.session.delete(link)
            changed = True
        return changed

    def _fulfilments(self, row: Commitment, numbers: Iterable[str], actor: Actor, *,
                     inserted: bool) -> bool:
        """kamerbriefNakoming -> confirmed fulfilments; a letter the source stops naming is
        rejected again, but only if this sync confirmed it (a clerk's links are left alone)."""
        wanted = list(dict.fromkeys(numbers))
        held = set() if inserted else self._fulfilments_held(row)
        changed = False
        for number in wanted:
            if number in held:
                continue
            changed |= set_fulfilment(self.session, row, self.document_for_number(number), actor)
        for number in sorted(held - set(wanted)):
            document = self.document_for_number(number)
            changed |= set_fulfilment(self.session, row, document,
                                      actor.because("no longer named by the source"),
                                      state="rejected")
        return changed

    def _fulfilments_held(self, row: Commitment) -> set[str]:
        """Document numbers confirmed for this commitment whose confirmation came from here."""
        confirmed = {
            number for number in self.session.scalars(
                select(Document.number).join(Fulfilment, Fulfilment.document_id == Document.id)
                .where(Fulfilment.commitment_id == row.id, Fulfilment.state == "confirmed",
                       Document.source_id == self.source.id)
            ) if number
        }
        if not confirmed:
            return set()
        by_sync = set(self.session.scalars(
            select(HistoryEntry.new_value).where(
                HistoryEntry.commitment_id == row.id, HistoryEntry.field == "fulfilled_by",
                HistoryEntry.actor_kind == SYNC.kind, HistoryEntry.actor == SYNC.name)
        ))
        return confirmed & by_sync

    def document_for_number(self, number: str) -> Document:
        """The TK document with this number; a stub (``is_stub``) until the Document arrives."""
        if number not in self._documents_by_number:
            self._documents_by_number[number] = self.session.scalar(
                select(Document).where(Document.source_id == self.source.id,
                                       Document.number == number)
                .order_by(Document.is_stub, Document.id).limit(1)
            )
        found = self._documents_by_number[number]
        if found is None:
            found = Document(source=self.source, external_id=number, number=number,
                             chamber="TK", is_stub=True)
            self.session.add(found)
            self._documents_by_number[number] = found
        return found

    # --- activities ----------------------------------------------------------------------

    def activiteit(self, entry: Entry, a: Activiteit) -> Outcome:
        values = {"number": a.nummer, "kind": a.soort, "subject": a.onderwerp, "date": a.datum,
                  "committee": a.voortouwnaam, "committee_abbr": a.voortouwafkorting,
                  "withdrawn": False}
        _check_lengths(values, a.id, Activity)
        actor = self._actor(entry, a.bijgewerkt, "activity updated")
        row, outcome, changed = self._upsert(Activity, a.id, values, actor)
        if outcome == "inserted" or {"committee", "kind", "subject", "date"} & set(changed):
            self._spread_activity(row, actor)
        return outcome

    def _spread_activity(self, activity: Activity, actor: Actor) -> None:
        """Give the toezeggingen made in this activity its committee and name (history)."""
        refs = [r for r in (activity.external_id, activity.number) if r]
        values = {"committee": activity.committee, "activity": activity.label}
        for commitment in self.session.scalars(
            select(Commitment).where(Commitment.source_id == self.source.id,
                                     Commitment.activity_ref.in_(refs))
        ):
            apply(self.session, commitment, values, actor)

    # --- documents and dossiers ----------------------------------------------------------

    def document(self, entry: Entry, d: TkDocument) -> Outcome:
        actor = self._actor(entry, d.bijgewerkt)
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
        if self._by_key(Document, d.id) is None and d.document_nummer:
            # A letter named by a toezegging before it arrived: that stub becomes this row.
            stub = self._documents_by_number.get(d.document_nummer, _UNSEEN)
            if stub is _UNSEEN:
                stub = self.session.scalar(
                    select(Document).where(Document.source_id == self.source.id,
                                           Document.number == d.document_nummer,
                                           Document.is_stub.is_(True))
                    .order_by(Document.id).limit(1))
            if stub is not None and stub.is_stub:
                stub.external_id = d.id
                self._known[(Document, d.id)] = stub
        dossier = self._dossier_ref(d.kamerstukdossier) if d.kamerstukdossier else None
        values["dossier"] = dossier.label if dossier else None
        values["identifier"] = _kamerstuk_id(values["dossier"], values["ondernummer"])
        row, outcome, _ = self._upsert(Document, d.id, values, actor)
        if d.document_nummer:
            self._documents_by_number[d.document_nummer] = row
        self._place_in_dossier(row, dossier)
        return outcome

    def _dossier_ref(self, ref: str) -> Dossier:
        found = self._by_key(Dossier, ref)
        if found is None:
            found = Dossier(source=self.source, external_id=ref)  # number unknown until it arrives
            self.session.add(found)
            self._known[(Dossier, ref)] = found
        return found

    def _place_in_dossier(self, document: Document, dossier: Dossier | None) -> None:
        link = None
        if document.id is not None:
            link = self.session.scalar(
                select(DossierDocument).where(DossierDocument.document_id == document.id)
            )
        if dossier is None:
            if link is not None:
                self.session.delete(link)
        elif link is None:
            self.session.add(DossierDocument(dossier=dossier, document=document))
        elif link.dossier_id != dossier.id:
            link.dossier = dossier

    def kamerstukdossier(self, entry: Entry, k: Kamerstukdossier) -> Outcome:
        values = {"number": k.nummer, "suffix": k.toevoeging, "title": k.titel,
                  "closed": k.afgesloten, "withdrawn": False}
        _check_lengths(values, k.id, Dossier)
        actor = self._actor(entry, k.bijgewerkt)
        row = self._by_key(Dossier, k.id)
        if row is not None and row.number is None:
            # Only referred to so far: its arrival is new information, not an update.
            apply(self.session, row, values, actor)
            outcome: Outcome = "inserted"
        else:
            row, outcome, _ = self._upsert(Dossier, k.id, values, actor)
        if outcome != "unchanged" and row.id is not None:
            self._spread_dossier(row)
        return outcome

    def _spread_dossier(self, dossier: Dossier) -> None:
        label = dossier.label
        for document in self.session.scalars(
            select(Document).join(DossierDocument, DossierDocument.document_id == Document.id)
            .where(DossierDocument.dossier_id == dossier.id)
        ):
            document.dossier = label
            document.identifier = _kamerstuk_id(label, document.ondernummer)


def import_pages(
    session: Session, pages: Iterable[tuple[str, bytes]],
    calendar: ParliamentaryCalendar | None = None,
) -> dict[str, int]:
    """Import recorded pages (name, bytes) without cursors or HTTP (the sample data).

    A bad entry or page raises: recorded pages are expected to be clean.
    """
    importer = TkImporter(session, calendar)
    counts = new_counts()
    for name, data in pages:
        entries = []
        for item in SyncFeedPage(data, name):
            if isinstance(item, BadEntry):
                raise PageError(f"{name}: entry {item.entry_id}: {item.reason}")
            entries.append(item)
        importer.prefetch(entries)
        for entry in entries:
            counts[importer.apply(entry)] += 1
        importer.finish()
    session.flush()
    return counts


_TOMBSTONE_MODELS: dict[str, type] = {
    "toezegging": Commitment, "activiteit": Activity, "kamerstukdossier": Dossier}
_UNSEEN = object()


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _kamerstuk_id(dossier: str | None, ondernummer: str | None) -> str | None:
    """kst-36600-VII-12, the identifier officielebekendmakingen uses, when both are known."""
    return f"kst-{dossier}-{ondernummer}" if dossier and ondernummer else None


def _ref_label(target: Commitment | None, ref: str) -> str:
    return (target.number if target is not None and target.number else None) or ref


# Fields that name something: cut short they would name something else, so an entry with one
# too long for its column is refused (logged and skipped). Descriptive fields are cut instead.
_IDENTIFYING = frozenset({"number", "identifier", "dossier", "ondernummer", "suffix"})


def _check_lengths(values: dict[str, Any], entity_id: str, model=Commitment) -> None:
    """Fit values to their columns (PostgreSQL would fail the whole batch): refuse an entry
    whose identifying value is too long, cut a description that is, and say so."""
    table = model.__table__
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        length = getattr(table.c[name].type, "length", None)
        if length is None or len(value) <= length:
            continue
        if name in _IDENTIFYING:
            raise ImportProblem(f"{entity_id}: {name} is {len(value)} characters, "
                                f"more than the {length} the tracker keeps")
        values[name] = clipped(table.name, table.c[name], value, where=f"tk {entity_id}")
