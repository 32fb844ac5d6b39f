"""Keep secrets out of logs, exception messages and reprs.

Clients register their secrets (app secret, access tokens, waiqin appkey, digests) here; every
message promosdk builds from foreign text (server bodies, aiohttp error strings that embed the URL
with its ``access_token`` query parameter) passes through :func:`redact` first, and so do the reprs
of models and of ``RawResponse``.

The registry is reference counted (two clients may hold one secret) and its cost per ``redact()``
does not grow with the number of secrets held: a secret of length L is indexed by its K-grams at
offsets 0..K-1, where K is the largest gram size with ``2K - 1 <= L``. Any occurrence of it in a
text then covers at least one K-gram that starts at a multiple of K, so a scan only hashes the
text's aligned K-grams (in C) and looks them up in one dict; candidates are verified exactly.
Nothing is compiled per secret, and registering or forgetting one costs O(K) dict updates.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import urllib.parse
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = [
    "REDACTED",
    "SecretRegistrations",
    "check_credential",
    "forget_secret",
    "redact",
    "redacted_excerpt",
    "redacted_repr",
    "register_secret",
    "registered_secret_count",
]

REDACTED = "***"
_QUERY_SECRET = re.compile(r"(?i)\b(access_token|secret|appkey|digest)=([^&\s'\"#]+)")
# waiqin paths carry /{openid}/{timestamp}/{digest}/{msg_id}: hide the digest segment.
# The same keys inside JSON or repr text: "access_token": "..." / 'secret': '...'.
# The value is matched possessively (``*+``): it runs to its closing quote, a line end or the end
# of the text, and is never backtracked into (``\\.`` and ``.`` overlap on a backslash: plain ``*``
# made a run of backslashes before a newline cost 2**n steps).
_KEYED_SECRET = re.compile(
    r"""(?i)(["']?(?:access_token|secret|appkey|digest)["']?\s*[:=]\s*)(["'])((?:\\.|(?!\2).)*+)(\2|(?=\n)|\Z)"""
)
_SECRET_KEYS = ("access_token", "secret", "appkey", "digest")  # the names the two patterns above look for
_WAIQIN_PATH = re.compile(r"(/api/bcwin/v1/\w+/[^/\s]+/\d{14}/)([0-9a-fA-F]{32})(/)")
#: Shorter values are never registered: they would turn up in ordinary text by chance.
_MIN_SECRET_LEN = 6
#: Characters that print the same in a repr, in JSON and in a URL: the usual tokens and keys.
_PLAIN = re.compile(r"[A-Za-z0-9_.~-]*")
_BLOCKS_PER_SCAN = 4096  # bounds the aligned K-grams held at once when scanning a huge text

_lock = threading.Lock()
_secrets: dict[str, int] = {}  # registered value -> reference count
_forms: dict[str, int] = {}  # every printed form of the registered values -> reference count
_form_lengths: dict[int, int] = {}  # length -> how many distinct forms have it (the longest bounds an excerpt's margin)


class _GramIndex:
    """Forms of length >= 2K-1, indexed by their K-grams at offsets 0..K-1."""

    __slots__ = ("_blocks", "_counts", "grams", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._blocks = re.compile(f"(?s).{{{size}}}")
        # K-gram -> the (offset, length) pairs of forms that have it at that offset. Values are
        # replaced, never mutated, so a scan in another thread reads a consistent set.
        self.grams: dict[str, frozenset[tuple[int, int]]] = {}
        self._counts: dict[tuple[str, int, int], int] = {}

    def add(self, form: str) -> None:
        length = len(form)
        for offset in range(self.size):
            gram = form[offset : offset + self.size]
            key = (gram, offset, length)
            count = self._counts.get(key, 0)
            self._counts[key] = count + 1
            if count == 0:
                self.grams[gram] = self.grams.get(gram, frozenset()) | {(offset, length)}

    def remove(self, form: str) -> None:
        length = len(form)
        for offset in range(self.size):
            gram = form[offset : offset + self.size]
            key = (gram, offset, length)
            count = self._counts.get(key, 0)
            if count > 1:
                self._counts[key] = count - 1
                continue
            self._counts.pop(key, None)
            remaining = self.grams.get(gram, frozenset()) - {(offset, length)}
            if remaining:
                self.grams[gram] = remaining
            else:
                self.grams.pop(gram, None)

    def find(self, text: str, spans: list[tuple[int, int]]) -> None:
        """Append the (start, end) of every registered form found in ``text``."""
        grams = self.grams
        size = self.size
        window = size * _BLOCKS_PER_SCAN
        for base in range(0, len(text) - size + 1, window):
            blocks = self._blocks.findall(text, base, base + window)
            if grams.keys().isdisjoint(blocks):
                continue
            for index, block in enumerate(blocks):
                candidates = grams.get(block)
                if candidates is None:
                    continue
                position = base + index * size
                for offset, length in candidates:
                    start = position - offset
                    if start >= 0 and text[start : start + length] in _forms:
                        spans.append((start, start + length))


# A form of length L goes to the first index with 2K-1 <= L (every form is >= 6 long).
_INDEXES = tuple(_GramIndex(size) for size in (16, 8, 4, 3))


def _index_for(form: str) -> _GramIndex:
    return next(index for index in _INDEXES if 2 * index.size - 1 <= len(form))


def _printed_forms(value: str) -> set[str]:
    """``value`` as it may appear in text built from it: as is, escaped in a Python repr (either
    quote), in JSON text (with or without escaped non-ASCII and slashes), percent-encoded."""
    if _PLAIN.fullmatch(value):
        return {value}
    forms = {value}
    escaped = [repr(c)[1:-1] for c in value]
    forms.add("".join(escaped))
    forms.add("".join("\\'" if c == "'" else e for c, e in zip(value, escaped, strict=True)))
    for ascii_only in (True, False):
        quoted = json.dumps(value, ensure_ascii=ascii_only)[1:-1]
        forms.update((quoted, quoted.replace("/", "\\/")))
    for quote in (urllib.parse.quote, urllib.parse.quote_plus):
        with contextlib.suppress(UnicodeEncodeError):  # a lone surrogate cannot be in a URL at all
            forms.add(quote(value, safe=""))
    return forms


def _checked(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"a secret must be a str, not {type(value).__name__}")
    value = str.__str__(value)  # a plain str: a subclass's __eq__/__hash__ must not reach the index
    return value if len(value) >= _MIN_SECRET_LEN else None


def check_credential(name: str, value: object) -> None:
    """TypeError naming the argument unless ``value`` is a str or None (a client's constructor:
    a bytes secret would otherwise be sent as ``b'...'`` and could not be redacted); ValueError
    naming it if it cannot be encoded as UTF-8 (a lone surrogate would fail later, in the signing
    or the token request, with an error that prints the whole value)."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            # The value itself is never shown (the UnicodeEncodeError's repr would hold all of it).
            raise ValueError(f"{name} must be valid text: it holds a lone surrogate, which cannot be sent") from None


def register_secret(value: str | None) -> None:
    """Redact ``value`` wherever it appears from now on (reference counted).

    ``None`` and values shorter than 6 characters are ignored; anything but a str raises TypeError
    and leaves the registry unchanged. Cost: O(1) in the number of secrets already registered.
    """
    checked = _checked(value)
    if checked is None:
        return
    with _lock:
        _forget_pending()
        count = _secrets.get(checked, 0)
        _secrets[checked] = count + 1
        if count:
            return
        for form in _printed_forms(checked):
            form_count = _forms.get(form, 0)
            _forms[form] = form_count + 1
            if not form_count:
                _index_for(form).add(form)
                _form_lengths[len(form)] = _form_lengths.get(len(form), 0) + 1


def forget_secret(value: str | None) -> None:
    """Undo one :func:`register_secret` of ``value``; it stays redacted while others hold it.

    Forgetting a value that is not registered does nothing (the count never goes below zero).
    """
    checked = _checked(value)
    if checked is None:
        return
    with _lock:
        _forget_pending()
        _forget_locked(checked)


def _forget_locked(value: str) -> None:
    count = _secrets.get(value, 0)
    if count > 1:
        _secrets[value] = count - 1
        return
    if not count:
        return
    del _secrets[value]
    for form in _printed_forms(value):
        form_count = _forms.get(form, 0)
        if form_count > 1:
            _forms[form] = form_count - 1
        elif form_count:
            del _forms[form]
            _index_for(form).remove(form)
            if _form_lengths[len(form)] > 1:
                _form_lengths[len(form)] -= 1
            else:
                del _form_lengths[len(form)]


#: Secrets of registrations that were garbage collected without release(). The collector may run
#: in the middle of a registry update, so it only appends here; the next update forgets them.
_pending: list[str] = []


def _forget_pending() -> None:
    while _pending:
        _forget_locked(_pending.pop())


def _forget_later(values: deque[str]) -> None:
    _pending.extend(values)
    values.clear()


def registered_secret_count() -> int:
    """How many distinct secrets are registered now (for tests and diagnostics)."""
    with _lock:
        _forget_pending()
        return len(_secrets)


class SecretRegistrations:
    """The secrets one owner (a client and its ``with_options`` copies) registered.

    :meth:`release` forgets them (the client's ``aclose()``); if the owner is garbage collected
    without it, they are forgotten at the next registry update. With ``keep_last`` only the most
    recent that many stay registered (a client's request digests): adding one more forgets the
    oldest, so a long-lived client holds a bounded number.
    """

    __slots__ = ("__weakref__", "_keep_last", "_values")

    def __init__(self, keep_last: int | None = None) -> None:
        self._values: deque[str] = deque()
        self._keep_last = keep_last
        weakref.finalize(self, _forget_later, self._values).atexit = False

    def add(self, value: str | None) -> None:
        register_secret(value)
        if value is not None:
            self._values.append(value)
            if self._keep_last is not None and len(self._values) > self._keep_last:
                forget_secret(self._values.popleft())

    def release(self) -> None:
        """Forget every secret added so far, once (a second call does nothing)."""
        values = list(self._values)
        self._values.clear()
        for value in values:
            forget_secret(value)


def _hide_registered(text: str) -> str:
    spans: list[tuple[int, int]] = []
    for index in _INDEXES:
        if index.grams:
            index.find(text, spans)
    if not spans:
        return text
    spans.sort()
    pieces: list[str] = []
    kept_from = 0  # text before this position is already in pieces
    start, end = spans[0]
    for next_start, next_end in spans[1:]:
        if next_start < end:  # overlapping matches are hidden as one
            end = max(end, next_end)
            continue
        pieces += (text[kept_from:start], REDACTED)
        kept_from, start, end = end, next_start, next_end
    pieces += (text[kept_from:start], REDACTED, text[end:])
    return "".join(pieces)


def _query_hidden(m: re.Match[str]) -> str:
    return f"{m.group(1)}={REDACTED}"


def _keyed_hidden(m: re.Match[str]) -> str:
    return f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(4)}"


def _keyword_starts(text: str) -> list[int]:
    lowered = text.lower()
    starts = set()
    for key in _SECRET_KEYS:
        found = lowered.find(key)
        while found != -1:
            starts.add(found)
            found = lowered.find(key, found + 1)
    return sorted(starts)


def _sub_at(pattern: re.Pattern[str], hidden: Callable[[re.Match[str]], str], text: str, starts: list[int]) -> str:
    """``pattern.sub(hidden, text)`` for a pattern whose matches can only begin at ``starts``."""
    pieces: list[str] = []
    kept = 0
    for start in starts:
        if start < kept:
            continue
        match = pattern.match(text, start)  # \b still sees the character before ``start``
        if match is not None:
            pieces += (text[kept : match.start()], hidden(match))
            kept = match.end()
    return "".join([*pieces, text[kept:]]) if pieces else text


def _hide_keyed_values(text: str) -> str:
    """The values of access_token=, "secret": ... (the two key patterns).

    A case-insensitive regex scan costs ~40 ns a character, so in ASCII text the patterns are tried
    only where a key word starts (found with str.find, exact there). In other text re's IGNORECASE
    also matches look-alikes ("\u017f" for "s") that str.lower() does not map: full scan.
    """
    if not text.isascii():
        return _KEYED_SECRET.sub(_keyed_hidden, _QUERY_SECRET.sub(_query_hidden, text))
    starts = _keyword_starts(text)
    if not starts:
        return text
    text = _sub_at(_QUERY_SECRET, _query_hidden, text, starts)
    # A keyed match may begin one character early, on the quote before the key.
    keyed = sorted({at for start in _keyword_starts(text) for at in (start - 1, start) if at >= 0})
    return _sub_at(_KEYED_SECRET, _keyed_hidden, text, keyed)


def redact(text: str) -> str:
    """Return ``text`` with registered secrets and secret-bearing URL parts replaced by ``***``."""
    # Registered values first: a URL pattern cutting one in two would leave its tail visible.
    if _forms:
        text = _hide_registered(text)
    text = _hide_keyed_values(text)
    return _WAIQIN_PATH.sub(lambda m: f"{m.group(1)}{REDACTED}{m.group(3)}", text)


#: Context kept past an excerpt's cut so that a secret straddling it is still seen whole (a
#: keyed or URL value is recognised from its key; registered values also by their length).
_EXCERPT_MARGIN = 256


def redacted_excerpt(text: str | bytes, limit: int, marker: str = "…") -> str:
    """At most ``limit`` characters of ``redact(text)`` (+ ``marker`` when cut); bytes are read as
    UTF-8 (errors replaced).

    Redact first, then cut: cutting first would leave the part of a secret before the cut
    unrecognised, and shown. Only a prefix of ``text`` is redacted, long enough that the shown part
    cannot reach its last ``margin`` characters (where a secret may be cut by the prefix), so a
    huge text costs about ``limit``.
    """
    with _lock:
        margin = max(max(_form_lengths, default=0), _EXCERPT_MARGIN)
    size = limit + margin
    while True:
        # A UTF-8 character is at most 4 bytes: size*4 bytes hold at least size characters.
        whole = len(text) <= (size * 4 if isinstance(text, bytes) else size)
        head = text[: size * 4].decode("utf-8", errors="replace") if isinstance(text, bytes) else text[:size]
        shown = redact(head)
        if whole:
            return shown if len(shown) <= limit else shown[:limit] + marker
        # The prefix's last ``margin`` characters land in the last ``margin`` of ``shown``.
        if len(shown) >= limit + margin:
            return shown[:limit] + marker
        size *= 2  # redactions shrank the prefix: take more of the text


_repr_state = threading.local()
ClassT = TypeVar("ClassT", bound=type)


def redacting(plain: Callable[[Any], str]) -> Callable[[Any], str]:
    """Wrap a ``__repr__`` so its text passes through :func:`redact` once, at the outermost object
    (nested models and values are printed plainly inside it, then redacted together)."""

    def __repr__(self: Any) -> str:
        if getattr(_repr_state, "active", False):
            return plain(self)
        _repr_state.active = True
        try:
            return redact(plain(self))
        finally:
            _repr_state.active = False

    return __repr__


def redacted_repr(cls: ClassT) -> ClassT:
    """Class decorator (generated models): the class's repr is redacted."""
    # getattr/setattr: to mypy ``cls.__repr__`` is type.__repr__, and assigning a method is refused.
    plain: Callable[[Any], str] = getattr(cls, "__repr__")  # noqa: B009
    setattr(cls, "__repr__", redacting(plain))  # noqa: B010
    return cls
