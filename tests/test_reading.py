from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.reading import ReadError, read_bytes, read_path

REPORT = ("Russian drones struck Kharkiv overnight, the governor said. Three people were "
          "injured in the Saltivskyi district, and the Kharkiv region saw more attacks. ") * 3


def test_plain_text() -> None:
    (art,) = read_bytes(REPORT.encode(), "r.txt")
    assert art.text == REPORT and art.source == "r.txt"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1251", "utf-8-sig"])
def test_encodings_are_detected(encoding: str) -> None:
    text = ("Російські дрони атакували Харків вночі, повідомив голова обласної адміністрації. "
            "Троє людей поранені у Салтівському районі. ") * 4
    (art,) = read_bytes(text.encode(encoding), "r.txt")
    assert "Харків" in art.text


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"), (b"   \n ", "empty"), (b"\x00\x01\x02binary\x00", "binary"),
])
def test_bad_input(data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        read_bytes(data, "x.txt")


def test_html_main_text_without_scripts() -> None:
    html = (f"<html><head><title>Strike on Kharkiv</title><script>alert('x')</script></head>"
            f"<body><nav>Home | World | Share on Facebook</nav><article><h1>Strike on Kharkiv</h1>"
            f"<p>{REPORT}</p><p>{REPORT}</p></article><footer>Share this</footer></body></html>")
    (art,) = read_bytes(html.encode(), "page.html")
    assert "drones struck Kharkiv" in art.text
    assert "alert" not in art.text and "Share on Facebook" not in art.text
    assert art.title == "Strike on Kharkiv"


JSON_ARTICLE = {"text": REPORT, "published": "2025-11-24T08:00:00Z",
                "source": "https://x.example/a"}


def test_json_article() -> None:
    (art,) = read_bytes(json.dumps(JSON_ARTICLE).encode(), "a.json")
    assert (art.published, art.source) == ("2025-11-24", "https://x.example/a")


def test_json_list_of_articles() -> None:
    arts = read_bytes(json.dumps([JSON_ARTICLE, {**JSON_ARTICLE, "title": "B"}]).encode(), "b.json")
    assert [a.title for a in arts] == [None, "B"]


@pytest.mark.parametrize(("payload", "message"), [
    ('{"text": ', "malformed JSON"), ('{"body": "x"}', "no \"text\""), ("[]", "expected"),
])
def test_bad_json(payload: str, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        read_bytes(payload.encode(), "bad.json")


def test_csv_articles() -> None:
    data = f"date,title,text\n2025-11-24,A,\"{REPORT}\"\n2025-11-25,B,\"\"\n".encode()
    arts = read_bytes(data, "a.csv")
    assert [(a.published, a.title) for a in arts] == [("2025-11-24", "A")]


def test_csv_without_a_text_column() -> None:
    with pytest.raises(ReadError, match="text column"):
        read_bytes(b"a,b\n1,2\n", "b.csv")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="cannot read"):
        read_path(tmp_path / "nope.txt")
