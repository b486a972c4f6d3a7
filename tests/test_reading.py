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


# -- damaged and unusual encodings: keep the good parts, say what was repaired ----------------

UK = ("Російські дрони атакували Харків вночі, повідомив голова обласної адміністрації. "
      "Троє людей поранені у Салтівському районі. ") * 20


def test_one_bad_byte_in_ukrainian_utf8_keeps_the_file(caplog: pytest.LogCaptureFixture) -> None:
    data = UK.encode("utf-8")
    cut = data.index("Салтівському".encode()) + 2  # after its first letter
    damaged = data[:cut] + b"\xff" + data[cut:]
    (art,) = read_bytes(damaged, "uk.txt")
    assert art.text.count("\ufffd") == 1
    assert "Харків" in art.text and art.text.endswith("районі. ")
    assert any("not valid UTF-8" in r.getMessage() for r in caplog.records)


def test_cp1251_is_still_detected_not_taken_for_damaged_utf8() -> None:
    (art,) = read_bytes(UK.encode("cp1251"), "uk.txt")
    assert "Харків" in art.text and "\ufffd" not in art.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [UK, REPORT])
def test_utf16_without_bom_is_text(codec: str, text: str) -> None:
    (art,) = read_bytes(text.encode(codec), "r.txt")
    assert art.text == text


def test_a_nul_in_a_csv_head_is_removed_not_refused(caplog: pytest.LogCaptureFixture) -> None:
    data = f'text,published\n"{REPORT}\x00",2025-11-24\n'.encode()
    (art,) = read_bytes(data, "a.csv")
    assert "\x00" not in art.text and art.published == "2025-11-24"
    assert any("NUL" in r.getMessage() for r in caplog.records)


def test_nuls_later_in_a_file_are_removed() -> None:
    data = (REPORT * 40).encode() + b"\x00 and more text after the NUL byte."
    (art,) = read_bytes(data, "r.txt")
    assert "\x00" not in art.text and art.text.endswith("after the NUL byte.")


def test_size_limit_message_shows_exact_sizes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    from extract import reading

    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (reading.MAX_BYTES + 1))
    with pytest.raises(ReadError) as err:
        read_path(big)
    assert "52,428,801 bytes (50.0 MiB) is larger than the limit of 52,428,800 bytes" \
        in str(err.value)


def test_one_bad_item_in_a_json_list_skips_only_itself(caplog: pytest.LogCaptureFixture) -> None:
    items = [{"text": REPORT, "source": "a"}, {"title": "no text"}, 5, {"text": "  "},
             {"text": REPORT + " Second.", "source": "b"}]
    arts = read_bytes(json.dumps(items).encode(), "list.json")
    assert [a.source for a in arts] == ["a", "b"]
    assert any("3 of 5 items skipped" in r.getMessage() for r in caplog.records)


def test_one_bad_line_in_jsonl_skips_only_itself() -> None:
    lines = [json.dumps({"text": REPORT, "source": "a"}), "{broken", json.dumps({"text": REPORT,
                                                                                 "source": "b"})]
    arts = read_bytes("\n".join(lines).encode(), "feed.jsonl")
    assert [a.source for a in arts] == ["a", "b"]


def test_a_json_list_of_only_bad_items_is_refused() -> None:
    with pytest.raises(ReadError, match="no readable article"):
        read_bytes(json.dumps([{"title": "x"}, 3]).encode(), "list.json")


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30"])
def test_impossible_published_dates_are_no_dates(value: str) -> None:
    (art,) = read_bytes(json.dumps({"text": REPORT, "published": value}).encode(), "a.json")
    assert art.published is None


def test_an_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    import os

    from extract.reading import walk_files

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    files, errors = walk_files(tmp_path)
    assert files == [tmp_path / "ok" / "a.txt"]
    assert errors == [f"{tmp_path / 'locked'}: cannot read the folder (Permission denied)"]


# -- what one upload may cost: articles of bounded size, a date preview from the head only ---


def test_an_overlong_article_is_refused_with_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import reading

    monkeypatch.setattr(reading, "MAX_ARTICLE_CHARS", 1000)
    with pytest.raises(ReadError, match=r"big.txt: the text is 1,500 characters, more than the "
                                        r"1,000 one article may have"):
        read_bytes(b"x" * 1500, "big.txt")


def test_an_overlong_row_or_item_skips_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import reading

    monkeypatch.setattr(reading, "MAX_ARTICLE_CHARS", len(REPORT) + 10)
    rows = f'text,source\n"{REPORT}",a\n"{REPORT * 2}",big\n"{REPORT}.",b\n'.encode()
    assert [a.source for a in read_bytes(rows, "a.csv")] == ["a", "b"]
    items = [{"text": REPORT, "source": "a"}, {"text": REPORT * 2, "source": "big"}]
    assert [a.source for a in read_bytes(json.dumps(items).encode(), "l.json")] == ["a"]


def test_the_date_preview_reads_only_the_head(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import adding

    seen: list[int] = []
    real = adding.read_bytes

    def spy(data: bytes, filename: str) -> list:  # type: ignore[type-arg]
        seen.append(len(data))
        return real(data, filename)

    monkeypatch.setattr(adding, "read_bytes", spy)
    rows = "".join(f'"{REPORT} {n}",2025-11-{n % 28 + 1:02d}\n' for n in range(5000))
    data = ("text,published\n" + rows).encode()
    assert len(data) > 2 * adding.PREVIEW_BYTES
    assert str(adding.file_date(data, "many.csv")) == "2025-11-01"
    assert seen and max(seen) <= adding.PREVIEW_BYTES
