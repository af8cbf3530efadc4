"""The page worker: pages parsed in a child process come back as read_page reads them here."""

import pytest

from scrapers.pageworker import PageWorker, WorkerGone, read_page

from .tkfeed import FIXTURES, SAMPLE


def _pages():
    pages = {p.name: p.read_bytes() for p in sorted(FIXTURES.glob("*.xml"))}
    pages |= {f"sample:{p.name}": p.read_bytes() for p in sorted(SAMPLE.glob("*.xml"))}
    whole = pages["toezegging-live.xml"]
    pages["broken midway"] = whole[: len(whole) * 2 // 3]  # entries up to the break, an error
    pages["not xml"] = b"<html><body>Service Unavailable"
    pages["empty"] = b""
    return pages


def test_the_worker_reads_every_page_as_this_process_does():
    pages = _pages()
    with PageWorker() as worker:
        for name, data in pages.items():
            assert worker.read(data, name) == read_page(data, name), name
    assert read_page(pages["broken midway"], "p").error
    assert read_page(pages["broken midway"], "p").items
    assert "not well-formed" in read_page(pages["not xml"], "p").error


def test_a_worker_that_died_says_so_and_a_closed_one_too():
    worker = PageWorker()
    worker._process.kill()
    worker._process.wait()
    with pytest.raises(WorkerGone):
        worker.read(b"<feed/>", "p")
    with pytest.raises(WorkerGone):
        worker.read(b"<feed/>", "p")
    worker.close()  # twice is fine
