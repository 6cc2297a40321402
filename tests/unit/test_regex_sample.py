"""Strings drawn from regular expressions: they match, honour lengths, and say when they cannot."""

from __future__ import annotations

import re

import pytest

from generator.regex_sample import sample

PATTERNS = [
    r"^[0-9a-f]{40}$",
    r"^\d+$",
    r"\w+|(ASC|DESC)",
    r"^[a-z]{2,3}-[a-z]+(-[a-z]+)?-\d+$",
    r"^[a-zA-Z0-9]+[a-zA-Z0-9\.\-_]*[a-zA-Z0-9]+$",
    r"^com\.amazonaws\.vpce\.[a-z0-9-]+\.vpce-svc-[a-z0-9]+$",
    r"^(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
    r"^[^x]+$",
    r"^(?P<major>\d+)\.(?:\d+)\.\d+(-[a-z]+)?$",
    r"^\x41\u0042[\]a-]{2}\t?$",
    r"^v\d{1,3}\.\d{1,3}$",
    r"(?i)^abc$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_drawn_strings_match(pattern: str) -> None:
    drawn = sample(pattern)
    assert drawn.value is not None, drawn.problem
    assert re.search(pattern, drawn.value)


@pytest.mark.parametrize("pattern", PATTERNS[:7])
def test_lengths_are_honoured_with_the_pattern(pattern: str) -> None:
    drawn = sample(pattern, min_length=12, max_length=70)
    assert drawn.value is not None, drawn.problem
    assert 12 <= len(drawn.value) <= 70
    assert re.search(pattern, drawn.value)


def test_hex_sha_and_digits_look_like_what_they_are() -> None:
    assert sample(r"^[0-9a-f]{40}$").value == "abcdef0123456789abcdef0123456789abcdef01"
    assert sample(r"^\d+$", min_length=4).value == "0123"


def test_variants_differ_and_draws_are_deterministic() -> None:
    values = {sample(r"^[a-z]{3}$", variant=i).value for i in range(5)}
    assert len(values) == 5
    assert sample(r"^[A-Z]{2}\d$").value == sample(r"^[A-Z]{2}\d$").value


@pytest.mark.parametrize(
    ("pattern", "kwargs", "problem"),
    [
        (r"(a)\1", {}, "backreference"),
        (r"[", {}, "not a regular expression Python reads"),
        (r"^\d{3}$", {"max_length": 2}, "at most 2"),
        (r"^ab$", {"min_length": 5}, "at least 5"),
        (r"\p{L}+", {}, "not a regular expression Python reads"),
    ],
)
def test_patterns_outside_the_subset_are_reported_not_guessed(
    pattern: str, kwargs: dict[str, int], problem: str
) -> None:
    drawn = sample(pattern, **kwargs)
    assert drawn.value is None
    assert problem in drawn.problem


@pytest.mark.parametrize(
    "pattern", ["a{100000}", "(" * 200 + "a" + ")" * 200, "a{4294967296}", "(?=a)*", "(a?)*b"]
)
def test_hostile_patterns_give_a_string_or_a_reason_never_an_exception(pattern: str) -> None:
    drawn = sample(pattern)
    assert (drawn.value is None) == bool(drawn.problem)
    if drawn.value is not None:
        assert re.search(pattern, drawn.value)
