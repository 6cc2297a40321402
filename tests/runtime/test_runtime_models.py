"""ApiModel configuration, open enums and the discriminated-union validator."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from generator.runtime.model_base import ApiModel, prefer_tag

from .runtime_models import Cat, Dog, Item, Pet, Priority, SyncMode


def test_model_accepts_names_and_aliases_and_serialises_by_alias() -> None:
    assert Item(item_id=1, name="a") == Item(itemId=1, name="a")  # type: ignore[call-arg]
    item = Item.from_json(b'{"itemId": 1, "name": "a", "mode": null}')
    assert item.to_dict() == {"itemId": 1, "name": "a", "mode": None}
    assert Item.from_dict({"item_id": 2, "name": "b"}).item_id == 2
    assert item.model_dump_json() == '{"itemId":1,"name":"a","mode":null,"note":null}'


def test_unknown_fields_are_kept_and_sent_back() -> None:
    item = Item.from_json(b'{"itemId": 1, "name": "a", "addedLater": {"x": [1]}}')
    assert item.model_extra == {"addedLater": {"x": [1]}}
    assert item.to_json() == '{"itemId":1,"name":"a","addedLater":{"x":[1]}}'


def test_open_str_enum_accepts_unknown_values() -> None:
    known = SyncMode("full_refresh")
    assert known is SyncMode.FULL_REFRESH and not known.is_unknown
    new = SyncMode("cdc")
    assert isinstance(new, SyncMode) and isinstance(new, str)
    assert new.value == "cdc" and new == "cdc" and str(new) == "cdc"
    assert new.is_unknown and repr(new) == "SyncMode('cdc')"
    assert new == SyncMode("cdc") and hash(new) == hash("cdc")
    assert list(SyncMode) == [SyncMode.FULL_REFRESH, SyncMode.INCREMENTAL]
    assert len(SyncMode._value2member_map_) == 2  # pseudo-members are not cached
    # A pseudo-member named like a real member is still unknown.
    assert SyncMode("FULL_REFRESH").is_unknown
    with pytest.raises(ValueError):
        SyncMode(3)  # type: ignore[arg-type]


def test_open_enum_inside_models() -> None:
    item = Item.from_json(b'{"itemId": 1, "name": "a", "mode": "from_the_future"}')
    assert item.mode is not None and item.mode.value == "from_the_future"
    assert item.to_json() == '{"itemId":1,"name":"a","mode":"from_the_future"}'
    assert Item.from_json(b'{"itemId": 1, "name": "a", "mode": "incremental"}').mode is (
        SyncMode.INCREMENTAL
    )


def test_open_int_enum() -> None:
    assert Priority(2) is Priority.HIGH
    odd = Priority(7)
    assert odd.value == 7 and odd == 7 and odd.is_unknown and repr(odd) == "Priority(7)"
    assert TypeAdapter(list[Priority]).validate_json(b"[1, 9]") == [Priority.LOW, 9]
    with pytest.raises(ValueError):
        Priority(False)  # a bool is not an integer value, even for IntEnum lookups of 0
    with pytest.raises(ValueError):
        Priority("1")  # type: ignore[arg-type]


def test_prefer_tag_picks_the_tagged_variant_first() -> None:
    adapter: TypeAdapter[list[Cat | Dog]] = TypeAdapter(list[Pet])
    pets = adapter.validate_json(b'[{"petType": "dog", "barks": 2}, {"petType": "cat"}]')
    assert [type(p).__name__ for p in pets] == ["Dog", "Cat"]
    # Model instances go through as they are; dicts by the wire value.
    assert adapter.validate_python([Cat(pet_type="x"), {"petType": "dog"}]) == [
        Cat(pet_type="x"),
        Dog(),
    ]


def test_prefer_tag_falls_back_to_the_smart_union() -> None:
    from typing import Annotated

    adapter: TypeAdapter[Cat | Dog] = TypeAdapter(
        Annotated[Cat | Dog, prefer_tag("petType", {"dog": Dog})]
    )
    # An unknown tag, or a tag naming a variant the value does not fit: the smart union.
    assert isinstance(adapter.validate_json(b'{"petType": "cow"}'), Cat)
    assert isinstance(adapter.validate_python({"petType": "dog", "barks": 1}), Dog)
    with pytest.raises(ValidationError):
        adapter.validate_json(b'{"petType": 5}')  # fits no variant


def test_read_only_fields_are_left_out_of_requests_only() -> None:
    from pydantic import Field

    from generator.runtime.serialization import encode_body, to_plain

    class Note(ApiModel):
        note_id: int | None = Field(
            default=None, validation_alias="noteId", serialization_alias="noteId"
        )
        text: str

        __apismith_read_only__ = (("note_id", "noteId"),)

    class Board(ApiModel):
        notes: list[Note]

    note = Note.from_dict({"noteId": 3, "text": "milk"})
    assert note.to_dict() == {"noteId": 3, "text": "milk"}  # data read from the server
    assert note.model_dump(by_alias=False) == {"note_id": 3, "text": "milk"}
    assert encode_body(note, "json", "").content == b'{"text":"milk"}'
    board = Board(notes=[note])
    assert encode_body(board, "json", "").content == b'{"notes":[{"text":"milk"}]}'
    assert encode_body(note, "form", "").content == b"text=milk"
    assert b"noteId" not in encode_body(note, "multipart", "").content
    assert to_plain({"n": note}) == {"n": {"text": "milk"}}


def test_none_is_absent_on_non_nullable_fields_and_null_on_nullable_ones() -> None:
    """A request never carries ``null`` for a property whose schema rejects it."""
    from pydantic import Field

    from generator.runtime.serialization import encode_body, to_plain

    class Task(ApiModel):
        title: str
        note: str | None = None
        due_at: str | None = Field(
            default=None, validation_alias="dueAt", serialization_alias="dueAt"
        )
        owner: str | None = None

        __apismith_nullable__ = ("due_at", "owner")

    class Plan(ApiModel):
        tasks: list[Task]
        label: str | None = None

    task = Task(title="t", note=None, due_at=None)
    # note: optional, not nullable: None means absent. dueAt: nullable, set: null.
    # owner: nullable, never set: absent.
    assert encode_body(task, "json", "").content == b'{"title":"t","dueAt":null}'
    assert encode_body(Plan(tasks=[task], label=None), "json", "").content == (
        b'{"tasks":[{"title":"t","dueAt":null}]}'
    )
    assert to_plain({"t": task}) == {"t": {"title": "t", "dueAt": None}}
    assert b"note" not in encode_body(task, "form", "").content
    # Outside requests the model is data: to_dict keeps what was set, None included.
    assert task.to_dict() == {"title": "t", "note": None, "dueAt": None}
    # Undeclared properties are the caller's data and go out as given.
    extra = Task.model_validate({"title": "t", "colour": None})
    assert encode_body(extra, "json", "").content == b'{"title":"t","colour":null}'
