import pytest

from newsledger.errors import Code, NewsledgerError
from newsledger.readers.textcheck import check_text, decode, guess_language

ENGLISH = (
    "The minister said on Monday that the government would not change its plans for the budget."
)


def test_utf8_decodes_and_bom_is_dropped():
    assert decode("Café said “yes”".encode()) == "Café said “yes”"
    assert decode(b"\xef\xbb\xbfHello there") == "Hello there"


def test_declared_charset_is_used():
    html = '<html><head><meta charset="iso-8859-1"></head><body>Caf\xe9</body></html>'
    assert "Café" in decode(html.encode("latin-1"))


def test_detected_encoding_for_legacy_text():
    text = "The café owner said the rents had risen sharply, and the mayor agreed. " * 3
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", Code.EMPTY),
        (b"   \n\t ", Code.EMPTY),
        (b"\x00\x01\x02binary\x00" * 20, Code.BINARY),
        (b"The minister said ok" + "é".encode()[:1], Code.TRUNCATED),
    ],
)
def test_bad_bytes(data, code):
    with pytest.raises(NewsledgerError) as caught:
        decode(data, "x.txt")
    assert caught.value.code == code
    assert str(caught.value).startswith(f"[{code.value}] x.txt: ")


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (ENGLISH, True),
        ("Short note.", True),
        ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, a déclaré le ministre devant les députés.", False),
        ("Die Regierung hat am Dienstag eine neue Rentenreform angekündigt, sagte der Minister vor den Abgeordneten im Bundestag.", False),
        ("Правительство объявило во вторник о новой пенсионной реформе, заявил министр перед депутатами.", False),
        ("政府周二宣布了新的养老金改革，部长在议会上表示。政府周二宣布了新的养老金改革。", False),
    ],
)  # fmt: skip
def test_language_guess(text, english):
    assert (guess_language(text) == "en") is english


def test_check_text_limits():
    with pytest.raises(NewsledgerError) as caught:
        check_text(ENGLISH * 10, max_chars=100)
    assert caught.value.code == Code.TOO_LARGE
    check_text(ENGLISH)
