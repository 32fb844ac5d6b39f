"""What orjson can write back, hence what the client accepts from a server and sends.

The CLI prints results, and the clients send requests, with orjson, which writes at most
``JSON_MAX_DEPTH`` nested arrays/objects and integers in ``JSON_INT_MIN..JSON_INT_MAX`` (signed and
unsigned 64-bit). The decoder refuses answers beyond these limits (promosdk._serde) and request
validation refuses arguments beyond them (promosdk._validation), so no later step fails on them.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "CONTAINERS",
    "JSON_INT_MAX",
    "JSON_INT_MIN",
    "JSON_MAX_DEPTH",
    "exceeds_depth",
    "format_path",
    "in_range",
    "json_value_problem",
    "too_deep_path",
]

#: Nested arrays/objects orjson writes (one more raises "Recursion limit reached").
JSON_MAX_DEPTH = 254
#: The integers orjson writes: signed and unsigned 64-bit.
JSON_INT_MIN = -(2**63)
JSON_INT_MAX = 2**64 - 1
CONTAINERS = (dict, list, tuple)


def in_range(number: int) -> int:
    if JSON_INT_MIN <= number <= JSON_INT_MAX:
        return number
    shown = str(number) if -(10**30) < number < 10**30 else f"{str(number)[:30]}... ({number.bit_length()} bits)"
    raise ValueError(f"integer {shown} is beyond 64 bits (accepted: -2**63 to 2**64-1)")


def exceeds_depth(container: Any, depth: int) -> bool:
    """True if ``container`` (an array/object at nesting level ``depth``) nests past JSON_MAX_DEPTH."""
    if depth > JSON_MAX_DEPTH:
        return True
    stack = [(container, depth)]
    while stack:
        node, level = stack.pop()
        below = level + 1
        for child in node.values() if type(node) is dict else node:
            if type(child) in CONTAINERS:
                if below > JSON_MAX_DEPTH:
                    return True
                if child:
                    stack.append((child, below))
    return False


def format_path(parts: list[str | int]) -> str:
    text = ""
    for part in parts[:8]:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text + ("..." if len(parts) > 8 else "")


def too_deep_path(value: Any, depth: int) -> list[str | int]:
    """The path (from ``value``) to the first array/object beyond JSON_MAX_DEPTH; call on a value that has one."""
    parts: list[str | int] = []
    node, level = value, depth
    while level <= JSON_MAX_DEPTH:
        items = node.items() if type(node) is dict else enumerate(node)
        for key, child in items:
            if type(child) in CONTAINERS and exceeds_depth(child, level + 1):
                parts.append(key)
                node, level = child, level + 1
                break
        else:  # not reached for a value _exceeds_depth flagged
            break
    return parts


def json_value_problem(value: Any, depth: int = 1) -> tuple[str, str] | None:
    """Why orjson could not write ``value`` (nested at level ``depth``) back as the same JSON, with
    the path inside it; None if it can. JSON values only: None, bool, int within 64 bits, finite
    float, str (encodable as UTF-8), list/tuple and dict with str keys."""
    stack: list[tuple[Any, int, list[str | int]]] = [(value, depth, [])]
    while stack:
        node, level, path = stack.pop()
        kind = type(node)
        if node is None or kind is bool or (kind is str and node.isascii()):
            continue
        if isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                return format_path(path), "a string with characters UTF-8 cannot encode (lone surrogates)"
        elif isinstance(node, int):
            if not JSON_INT_MIN <= node <= JSON_INT_MAX:
                return format_path(path), "an integer beyond 64 bits (accepted: -2**63 to 2**64-1)"
        elif isinstance(node, float):
            if node != node or node in (float("inf"), float("-inf")):
                return format_path(path), f"{node!r} is not a JSON number"
        elif isinstance(node, dict | list | tuple):
            if level > JSON_MAX_DEPTH:
                return format_path(path), f"nests deeper than {JSON_MAX_DEPTH} levels of arrays/objects"
            if isinstance(node, dict):
                for key, child in node.items():
                    if not isinstance(key, str):
                        return format_path(path), f"an object key that is not a string ({type(key).__name__})"
                    stack.append((child, level + 1, [*path, key]))
            else:
                stack.extend((child, level + 1, [*path, i]) for i, child in enumerate(node))
        else:
            return format_path(path), f"a {type(node).__name__}, which is not a JSON value"
    return None
