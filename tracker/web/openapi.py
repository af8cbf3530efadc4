"""The OpenAPI 3.1 description of /api/v1, built from the same enumerations as the code."""

from __future__ import annotations

from typing import Any

from ..models import KINDS, PRECISIONS, STATUSES
from ..services.search import CHAMBERS, SORTS, WINDOWS

VERSION = "1.0.0"


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": [kind, "null"], **extra}


DATE = {"type": "string", "format": "date"}
HISTORY = {
    "type": "object",
    "required": ["field", "old", "new", "at", "by"],
    "properties": {
        "field": {"type": "string"}, "old": _nullable("string"), "new": _nullable("string"),
        "at": {"type": "string", "format": "date-time"},
        "by": {"type": "string", "description": "kind:name, e.g. sync:tk, user:…"},
        "reason": _nullable("string"), "reference": _nullable("string"),
    },
}
COMMITMENT_PROPERTIES: dict[str, Any] = {
    "id": {"type": "integer"},
    "source": {"type": "string"}, "external_id": {"type": "string"},
    "number": _nullable("string"), "kind": {"enum": list(KINDS)}, "text": {"type": "string"},
    "actor": _nullable("string"), "ministry": _nullable("string"),
    "committee": _nullable("string"), "chamber": {"enum": [*CHAMBERS, None]},
    "made_on": _nullable("string", format="date"), "activity": _nullable("string"),
    "status": {"enum": list(STATUSES)}, "status_raw": _nullable("string"),
    "due": _nullable("string", format="date"), "due_phrase": _nullable("string"),
    "due_precision": {"enum": [*PRECISIONS, None]},
    "due_source": {"enum": ["source", "text", "manual", None]},
    "url": _nullable("string"), "document": _nullable("string"),
    "fulfilled_by": {"type": "array", "items": {"type": "string"}},
    "withdrawn": {"type": "boolean"},
    "open": {"type": "boolean", "description": "a promise not yet kept (open, partially "
             "fulfilled or unknown; not withdrawn)"},
    "overdue": {"type": "boolean", "description": "open and its deadline before today"},
    "days_overdue": {"type": ["integer", "null"], "description": "days past the deadline "
                     "today, for an overdue promise"},
    "promised_to": {"type": "array", "description": "the members (and their parties) it was "
                    "made to, where the source says", "items": {
                        "type": "object", "properties": {"name": _nullable("string"),
                                                         "party": _nullable("string")}}},
    "page": {"type": ["string", "null"], "description": "the page people read at the source "
             "(the Tweede Kamer's page of the toezegging, the Eerste Kamer registry page)"},
    "link": {"type": "string", "format": "uri", "description": "the page of this commitment"},
    "self": {"type": "string", "format": "uri"},
}
COMMITMENT_REQUIRED = ["id", "source", "external_id", "number", "kind", "text", "status",
                       "due", "due_precision", "due_source", "ministry", "committee",
                       "made_on", "fulfilled_by", "withdrawn", "link", "self"]
DOCUMENT_PROPERTIES: dict[str, Any] = {
    "id": {"type": "integer"}, "source": {"type": "string"},
    "external_id": {"type": "string"}, "number": _nullable("string"),
    "identifier": _nullable("string"), "dossier": _nullable("string"),
    "ondernummer": _nullable("string"), "title": _nullable("string"),
    "doc_type": _nullable("string"), "date": _nullable("string", format="date"),
    "chamber": {"enum": [*CHAMBERS, None]}, "url": _nullable("string"),
    "link": {"type": "string", "format": "uri"},
}
MILESTONE_PROPERTIES: dict[str, Any] = {
    "key": {"type": "string"}, "regulation": {"type": "string"}, "date": DATE,
    "original_date": _nullable("string", format="date"), "amended_by": _nullable("string"),
    "basis": {"type": "string"}, "title_nl": {"type": "string"}, "title_en": {"type": "string"},
    "note": _nullable("string"),
    "history": {"type": "array", "items": {"$ref": "#/components/schemas/HistoryEntry"}},
    "link": {"type": "string", "format": "uri"},
}


def _query(name: str, description: str, schema: dict[str, Any], many: bool = False):
    if many:
        schema = {"type": "array", "items": schema}
    parameter = {"name": name, "in": "query", "required": False, "description": description,
                 "schema": schema}
    if many:
        parameter.update(style="form", explode=True)
    return parameter


PAGING = [
    _query("limit", "Page size (1–500, default 50).",
           {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}),
    _query("offset", "Rows to skip (default 0).", {"type": "integer", "minimum": 0,
                                                   "default": 0}),
]
COMMITMENT_FILTERS = [
    _query("q", "Full-text search: every word, as a prefix, in the text, number, actor, "
                "ministry, committee, debate or the title of its documents.",
           {"type": "string", "maxLength": 200}),
    _query("chamber", "TK or EK (repeatable).", {"enum": list(CHAMBERS)}, many=True),
    _query("source", "Source key: tk, ek, extraction, … (repeatable).", {"type": "string"},
           many=True),
    _query("committee", "Committee (repeatable).", {"type": "string"}, many=True),
    _query("ministry", "Ministry (repeatable).", {"type": "string"}, many=True),
    _query("party", "Party of a member the commitment was made to, as the source abbreviates "
                    "it (repeatable).", {"type": "string"}, many=True),
    _query("status", "Status (repeatable). Without it, candidates and rejected ones are "
                     "left out.", {"enum": list(STATUSES)}, many=True),
    _query("kind", "Kind (repeatable).", {"enum": list(KINDS)}, many=True),
    _query("precision", "Deadline precision (repeatable).", {"enum": list(PRECISIONS)},
           many=True),
    _query("window", "open (a promise not yet kept: open, partially fulfilled or unknown, "
                     "not withdrawn), overdue (open, deadline passed), soon (open, next 30 "
                     "days), quarter (open, next 91 days), none (no deadline). Without a kind "
                     "filter, open/overdue/soon/quarter count promises only.",
           {"enum": list(WINDOWS)}),
    _query("due_from", "Deadline on or after.", DATE),
    _query("due_to", "Deadline on or before.", DATE),
    _query("withdrawn", "1: include commitments withdrawn at their source.",
           {"enum": ["0", "1"]}),
    _query("sort", "Order (default: due, or relevance with q).", {"enum": list(SORTS)}),
]
DOCUMENT_FILTERS = [
    _query("q", "Full-text search in number, identifier, title and text.",
           {"type": "string", "maxLength": 200}),
    _query("chamber", "TK or EK (repeatable).", {"enum": list(CHAMBERS)}, many=True),
    _query("source", "Source key (repeatable).", {"type": "string"}, many=True),
    _query("dossier", "Dossier number, e.g. 26643.", {"type": "string"}),
]


def _list_of(ref: str) -> dict[str, Any]:
    return {
        "type": "object", "required": ["items", "total", "limit", "offset", "next"],
        "properties": {
            "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{ref}"}},
            "total": {"type": "integer", "minimum": 0},
            "limit": {"type": "integer"}, "offset": {"type": "integer"},
            "next": {"type": ["string", "null"], "format": "uri",
                     "description": "the next page, null on the last"},
        },
    }


def _ok(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {
    "400": _ok({"$ref": "#/components/schemas/Error"}, "Invalid filter or paging"),
    "401": _ok({"$ref": "#/components/schemas/Error"}, "Login needed (public reading off)"),
}
NOT_FOUND = {"404": _ok({"$ref": "#/components/schemas/Error"}, "No such record")}


def spec(server_url: str) -> dict[str, Any]:
    """The OpenAPI document, with this server's /api/v1 URL."""
    commitment_detail = {
        "allOf": [{"$ref": "#/components/schemas/Commitment"}, {
            "type": "object", "required": ["history", "fulfilments", "related"],
            "properties": {
                "history": {"type": "array",
                            "items": {"$ref": "#/components/schemas/HistoryEntry"}},
                "fulfilments": {"type": "array", "items": {
                    "type": "object", "required": ["document", "state"],
                    "properties": {"document": {"type": "string"},
                                   "state": {"enum": ["confirmed", "proposed", "rejected"]},
                                   "link": {"type": "string", "format": "uri"}}}},
                "related": {"type": "array", "items": {
                    "type": "object", "properties": {
                        "relation": {"type": "string"}, "ref": {"type": "string"},
                        "id": {"type": ["integer", "null"]}}}},
            }}],
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Toezeggingentracker API", "version": VERSION,
            "description": "Commitments (toezeggingen) made to the Dutch parliament, their "
                           "deadlines and history, documents, and legal milestones. The "
                           "filters are those of the /toezeggingen page, /calendar.ics and "
                           "/feed.atom. When public reading is off, a logged-in session or "
                           "the personal `token` (from the feed links of the list page) is "
                           "needed.",
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/commitments": {"get": {
                "operationId": "listCommitments", "summary": "Commitments matching filters",
                "parameters": COMMITMENT_FILTERS + PAGING,
                "responses": {"200": _ok(_list_of("Commitment")), **ERRORS}}},
            "/commitments/{id}": {"get": {
                "operationId": "getCommitment",
                "summary": "One commitment with its history, fulfilments and relations",
                "parameters": [{"name": "id", "in": "path", "required": True,
                                "schema": {"type": "integer"}}],
                "responses": {"200": _ok(commitment_detail), **NOT_FOUND,
                              "401": ERRORS["401"]}}},
            "/documents": {"get": {
                "operationId": "listDocuments", "summary": "Documents, newest first",
                "parameters": DOCUMENT_FILTERS + PAGING,
                "responses": {"200": _ok(_list_of("Document")), **ERRORS}}},
            "/documents/{id}": {"get": {
                "operationId": "getDocument", "summary": "One document with its text",
                "parameters": [{"name": "id", "in": "path", "required": True,
                                "schema": {"type": "integer"}}],
                "responses": {"200": _ok({"allOf": [
                    {"$ref": "#/components/schemas/Document"},
                    {"type": "object", "required": ["text", "copies"], "properties": {
                        "text": _nullable("string"),
                        # The same paper from other sources (same kst identifier or TK number).
                        "copies": {"type": "array", "items": {
                            "type": "object", "required": ["id", "source", "link"],
                            "properties": {"id": {"type": "integer"},
                                           "source": {"type": "string"},
                                           "link": {"type": "string", "format": "uri"}}}}}}]}),
                    **NOT_FOUND, "401": ERRORS["401"]}}},
            "/milestones": {"get": {
                "operationId": "listMilestones",
                "summary": "Milestones by date, with moves as history",
                "parameters": PAGING,
                "responses": {"200": _ok(_list_of("Milestone")), **ERRORS}}},
            "/milestones/{key}": {"get": {
                "operationId": "getMilestone", "summary": "One milestone",
                "parameters": [{"name": "key", "in": "path", "required": True,
                                "schema": {"type": "string"}}],
                "responses": {"200": _ok({"$ref": "#/components/schemas/Milestone"}),
                              **NOT_FOUND, "401": ERRORS["401"]}}},
        },
        "security": [{}, {"feedToken": []}],
        "components": {"securitySchemes": {
            "feedToken": {"type": "apiKey", "in": "query", "name": "token",
                          "description": "Personal token; only needed when public reading "
                                         "is off"}},
            "schemas": {
            "Commitment": {"type": "object", "required": COMMITMENT_REQUIRED,
                           "properties": COMMITMENT_PROPERTIES},
            "Document": {"type": "object", "required": list(DOCUMENT_PROPERTIES),
                         "properties": DOCUMENT_PROPERTIES},
            "Milestone": {"type": "object",
                          "required": ["key", "date", "original_date", "amended_by", "basis",
                                       "title_nl", "title_en", "history", "link"],
                          "properties": MILESTONE_PROPERTIES},
            "HistoryEntry": HISTORY,
            "Error": {"type": "object", "required": ["error"], "properties": {
                "error": {"type": "string"},
                "details": {"type": "object", "additionalProperties": {"type": "string"}}}},
        }},
    }
