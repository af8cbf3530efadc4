"""The JSON API: the list's filters, paging with next links, and responses that match the
OpenAPI description the app serves (validated with openapi-core)."""

import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from sqlalchemy import func, select

from tracker.models import Document

from . import webdata


@pytest.fixture
def api(client):
    spec = client.get("/api/v1/openapi.json").json
    openapi = OpenAPI.from_dict(spec)  # also checks that the description itself is valid

    def get(url: str, status: int = 200):
        response = client.get(url)
        assert response.status_code == status, response.get_data(as_text=True)
        openapi.validate_response(WerkzeugOpenAPIRequest(response.request),
                                  WerkzeugOpenAPIResponse(response))
        return response.json

    return get


def test_openapi_description_is_3_1_and_names_this_server(client):
    spec = client.get("/api/v1/openapi.json").json
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"] == [{"url": "/api/v1"}]
    assert {"/commitments", "/commitments/{id}", "/documents", "/milestones"} <= set(
        spec["paths"])


def test_commitments_with_filters_and_paging(api, session, today):
    d = webdata.make(session)
    first = api("/api/v1/commitments?chamber=TK&limit=2")
    assert first["total"] == 3 and len(first["items"]) == 2
    assert [c["number"] for c in first["items"]] == ["TZ202504-057", "TZ202501-003"]
    assert first["next"] == "http://tracker.test/api/v1/commitments?chamber=TK&limit=2&offset=2"
    second = api(first["next"].replace("http://tracker.test", ""))
    assert [c["number"] for c in second["items"]] == ["TZ202510-012"]
    assert second["next"] is None
    item = second["items"][0]
    assert item["id"] == d.tk_soon.id and item["due"] == "2026-11-30"
    assert item["link"] == f"http://tracker.test/toezeggingen/{d.tk_soon.id}"
    assert "history" not in item
    searched = api("/api/v1/commitments?q=kenbaarheid")
    assert [c["number"] for c in searched["items"]] == ["T03670"]
    candidates = api("/api/v1/commitments?status=candidate")
    assert candidates["items"][0]["document"] == "2020D10554"


def test_one_commitment_with_history_and_fulfilments(api, session, today):
    d = webdata.make(session)
    record = api(f"/api/v1/commitments/{d.tk_fulfilled.id}")
    assert record["fulfilled_by"] == ["2026D01234"]
    assert record["fulfilments"][0]["state"] == "confirmed"
    assert [(h["field"], h["new"]) for h in record["history"]] == [
        ("fulfilled_by", "2026D01234"), ("status", "fulfilled"), ("status_raw", "Voldaan")]
    moved = api(f"/api/v1/commitments/{d.tk_open.id}")
    assert [h["new"] for h in moved["history"] if h["field"] == "due"] == [
        "2026-03-01", "2026-06-30"]
    # a clerk moved it: the public API says a clerk did, not which one (as the pages do)
    clerk_rows = [h for h in moved["history"] if h["by"].startswith("user")]
    assert clerk_rows and {h["by"] for h in clerk_rows} == {"user"}
    assert "@" not in str(moved)
    assert api("/api/v1/commitments/999999", status=404) == {"error": "not found"}


def test_bad_filters_and_paging_are_400_with_details(api):
    body = api("/api/v1/commitments?status=Openstaand&due_from=gisteren", status=400)
    assert set(body["details"]) == {"status", "due_from"}
    assert "limit" in api("/api/v1/commitments?limit=5000", status=400)["details"]
    assert "offset" in api("/api/v1/documents?offset=-1", status=400)["details"]


def test_documents_and_milestones(api, session, cli, today):
    cli("load-sample")
    d = webdata.make(session)
    docs = api("/api/v1/documents?q=voortgangsbrief")
    # the test letter, and the sample's TK letter that has the word in its title
    assert "2026D01234" in [doc["number"] for doc in docs["items"]]
    assert all("voortgangsbrief" in doc["title"].lower() for doc in docs["items"])
    assert "text" not in docs["items"][0]
    total = session.scalar(select(func.count()).select_from(Document))
    paged = api("/api/v1/documents?limit=3")
    assert paged["total"] == total > 3 and paged["next"].endswith("limit=3&offset=3")
    one = api(f"/api/v1/documents/{d.letter.id}")
    assert one["text"].startswith("Den Haag") and one["dossier"] == "26643"
    # the sample's copy of the same Kamerstuk (kst-26643-672) is named
    assert [c["source"] for c in one["copies"]] == ["sample"]
    assert one["copies"][0]["link"].endswith(f"/documenten/{one['copies'][0]['id']}")
    milestones = api("/api/v1/milestones?limit=20")
    assert milestones["total"] == 16 and milestones["next"] is None
    annex = api("/api/v1/milestones/high-risk-annex-iii")
    assert (annex["date"], annex["original_date"]) == ("2027-12-02", "2026-08-02")
    assert annex["history"][0]["reference"] == "Regulation (EU) 2026/1744"
    api("/api/v1/milestones/nope", status=404)


def test_signed_in_readers_see_which_clerk_made_a_change(api, client, session, today):
    d = webdata.make(session)
    webdata.login(client, session, "viewer")
    moved = api(f"/api/v1/commitments/{d.tk_open.id}")
    assert any(h["by"].startswith("user:") and "@" in h["by"] for h in moved["history"])
