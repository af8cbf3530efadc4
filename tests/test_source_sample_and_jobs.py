"""The sources in `make run`'s sample data, the dashboard and exports, and the scheduler."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from tracker.config import ConfigError, Settings
from tracker.jobs import JOBS
from tracker.models import Commitment, CommitmentDetail, Document, HistoryEntry, Source
from tracker.runs.sources import sync_ek_job, sync_feeds_job, sync_koop_job

from .httpserver import LocalServer, Reply
from .sources import SAMPLE, recorded


def test_sample_loads_kamerstukken_ek_commitments_and_a_feed_once(cli, session):
    first = cli("load-sample").output
    assert "kamerstukken (koop): inserted 3, updated 0, unchanged 0, errors 0" in first
    assert "eerste kamer: inserted 2, updated 1, unchanged 0, errors 0" in first
    assert "feeds: inserted 3, updated 0, unchanged 0, errors 0" in first
    counts = {name: session.scalar(select(func.count()).select_from(model))
              for name, model in [("docs", Document), ("commitments", Commitment),
                                  ("history", HistoryEntry), ("details", CommitmentDetail)]}
    second = cli("load-sample").output
    assert "kamerstukken (koop): inserted 0, updated 0, unchanged 3, errors 0" in second
    assert "eerste kamer: inserted 0, updated 0, unchanged 3, errors 0" in second
    assert "feeds: inserted 0, updated 0, unchanged 3, errors 0" in second
    assert counts == {name: session.scalar(select(func.count()).select_from(model))
                      for name, model in [("docs", Document), ("commitments", Commitment),
                                          ("history", HistoryEntry),
                                          ("details", CommitmentDetail)]}
    ai_act = session.scalar(select(Document).where(Document.external_id == "kst-22112-3221"))
    assert "Verordening betreffende Kunstmatige Intelligentie" in ai_act.text
    # stored for extraction, and the sample's extraction step has read it
    assert ai_act.extracted_at is not None and ai_act.extracted_at >= ai_act.updated_at
    feed = session.scalar(select(Source).where(Source.kind == "feed"))
    assert feed.enabled is False and feed.url is None  # recorded, not followed


def test_the_sample_t03670_shows_its_moved_deadline_in_export_and_dashboard(cli, client, today):
    cli("load-sample")
    records = {c["number"]: c for c in json.loads(cli("export", "commitments").output)}
    t03670 = records["T03670"]
    assert (t03670["source"], t03670["chamber"], t03670["status"]) == ("ek", "EK", "open")
    assert t03670["due"] == "2026-01-01" and t03670["due_source"] == "source"
    assert t03670["committee"] == "commissie voor Digitalisering (DIGI)"
    moves = [h for h in t03670["history"] if h["field"] == "due"]
    assert [(h["old"], h["new"], h["by"]) for h in moves] == [
        ("2024-01-01", "2025-07-01", "load:sample"), ("2025-07-01", "2026-01-01", "load:sample")]
    assert moves[0]["reference"] == "sample/ek/T03670.html"
    # seed 004 cites T03670 but is the committee's verslag, not something the government
    # sent: it is not proposed as the fulfilment
    assert [h for h in t03670["history"] if h["field"] == "proposed_fulfilment"] == []
    page = client.get("/").get_data(as_text=True)
    assert "T03670" in page and "T01970" in page
    assert "commissie voor Digitalisering (DIGI)" in page
    documents = json.loads(cli("export", "documents", "--source", "koop").output)
    assert [d["identifier"] for d in documents] == ["kst-22112-3221", "kst-26643-1029",
                                                    "kst-26643-1056"]
    assert documents[0]["text_chars"] > 1000 and documents[0]["extracted_at"] is not None
    csv_out = cli("export", "documents", "--format", "csv").output
    assert csv_out.splitlines()[0].startswith("source,external_id,identifier")


def test_the_scheduler_runs_the_three_syncs():
    jobs = {job.id: job for job in JOBS}
    assert {"sync-koop", "sync-ek", "sync-feeds"} <= set(jobs)
    assert jobs["sync-koop"].trigger_args(Settings(sync_interval_minutes=15)) == {"minutes": 15}


def test_the_ek_job_does_nothing_without_configured_pages(settings):
    assert sync_ek_job(settings) == "ek: no TRACKER_EK_URLS configured"


def test_jobs_sync_from_the_configured_sources(settings, clean_db):
    with LocalServer() as server:
        server.routes["/rappel"] = Reply(200, (SAMPLE / "ek/rappel-bzk.html").read_bytes())
        server.routes["/sru"] = Reply(200, recorded(SAMPLE / "koop/sru-kamerstukken.xml",
                                                    server.url))
        for path in SAMPLE.glob("koop/kst-*.xml"):
            identifier = path.stem
            dossier = identifier.split("-")[1]
            server.routes[f"/frbr/officielepublicaties/kst/{dossier}/{identifier}/1/xml/"
                          f"{identifier}.xml"] = Reply(200, path.read_bytes())
        quick = Settings.from_env({}, **{**settings.__dict__, "http_delay": 0.0,
                                         "http_retries": 0,
                                         "ek_urls": f"{server.url}/rappel",
                                         "koop_sru_url": f"{server.url}/sru"})
        assert sync_ek_job(quick) == "ek: inserted 2, updated 0, unchanged 0, errors 0"
        assert sync_koop_job(quick) == "koop: inserted 3, updated 0, unchanged 0, errors 0"
        assert sync_feeds_job(quick) == "feeds: inserted 0, updated 0, unchanged 0, errors 0"


def test_scheduled_runs_skip_a_source_an_administrator_switched_off(settings, session):
    from tracker.jobs import extract_pending_job
    from tracker.runs.tk import sync_job
    from tracker.services.sources import get_source

    for key in ("tk", "koop", "ek", "extraction"):
        get_source(session, key, kind=key, name=key).enabled = False
    session.commit()
    with LocalServer() as server:  # a run would fetch from here; none may
        quick = Settings.from_env({}, **{**settings.__dict__, "http_delay": 0.0,
                                         "http_retries": 0, "ek_urls": f"{server.url}/rappel",
                                         "koop_sru_url": f"{server.url}/sru",
                                         "tk_feed_url": f"{server.url}/feed"})
        assert sync_job(quick) == ["tk: switched off"]
        assert sync_koop_job(quick) == "koop: switched off"
        assert sync_ek_job(quick) == "ek: switched off"
        assert extract_pending_job(quick) == {"documents": 0, "switched_off": 1}
        assert server.requests == []


@pytest.mark.parametrize("value", ["www.eerstekamer.nl/rappel", "ftp://x/y"])
def test_ek_urls_must_be_http(value):
    with pytest.raises(ConfigError, match="TRACKER_EK_URLS"):
        Settings.from_env({"TRACKER_EK_URLS": f"https://www.eerstekamer.nl/a {value}"})


def test_ek_urls_split_on_spaces_and_commas():
    settings = Settings.from_env({"TRACKER_EK_URLS": "https://a.nl/1, https://a.nl/2\nhttps://a.nl/3"})
    assert settings.ek_url_list == ("https://a.nl/1", "https://a.nl/2", "https://a.nl/3")
