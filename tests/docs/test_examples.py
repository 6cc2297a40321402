"""Example values: validity against the type, spec examples used only when valid, determinism."""

from __future__ import annotations

import uuid

import pytest

from generator.ir.model import Api, Constraints, Field, Model, Origin
from generator.ir.types import AnyValue, ArrayOf, ModelRef, Nullable, Primitive, TypeRef, Union
from generator.regex_sample import sample
from generator.render.examples import (
    DictValue,
    ExampleFactory,
    ListValue,
    ModelValue,
    Scalar,
    stable_uuid,
    to_json,
    to_python,
)

PROPS = Origin("s.yaml", "#/components/schemas/X/properties/p")
REQUIRED_ONLY = Origin("s.yaml", "#/components/schemas/X/required")
STR = Primitive("string")


def api(*models: Model) -> Api:
    return Api(title="t", version="1", package_name="p", openapi_version="3.0.0", models=models)


def field(name: str, t: TypeRef, required: bool = True, **kw: object) -> Field:
    return Field(name, kw.pop("wire", name), t, required, kw.pop("origin", PROPS), **kw)  # type: ignore[arg-type]


def test_numbers_respect_bounds_and_multiples() -> None:
    factory = ExampleFactory(api())
    cases = [
        (Constraints(minimum=10), 10),
        (Constraints(maximum=-3), -3),
        (Constraints(exclusive_minimum=1), 2),
        (Constraints(minimum=3, multiple_of=5), 5),
        (Constraints(minimum=0, maximum=0), 0),
    ]
    for constraints, expected in cases:
        value = factory.make(Primitive("integer"), constraints=constraints)
        assert value == Scalar(expected), constraints
    number = factory.make(Primitive("number"), constraints=Constraints(maximum=1.0))
    assert number == Scalar(1.0)


@pytest.mark.parametrize(
    "pattern",
    [r"^[a-z]{2}-\d+$", r"^com\.example\.[a-z0-9-]+$", r"^[^x]+$", r"^(ASC|DESC)$", r"\w+"],
)
def test_strings_match_their_pattern(pattern: str) -> None:
    import re

    value = ExampleFactory(api()).make(
        STR, hint="sort order", constraints=Constraints(pattern=pattern)
    )
    assert isinstance(value, Scalar) and re.search(pattern, value.value)
    assert sample(pattern).value is not None


def test_string_formats_and_lengths() -> None:
    factory = ExampleFactory(api())
    made = factory.make(Primitive("string", "uuid"), seed="a")
    assert made == Scalar(stable_uuid("a"), "uuid")
    assert uuid.UUID(stable_uuid("a")).version == 4
    assert stable_uuid("a") != stable_uuid("b")
    short = factory.make(STR, hint="description", constraints=Constraints(max_length=5))
    long = factory.make(STR, hint="x", constraints=Constraints(min_length=20))
    assert isinstance(short, Scalar) and len(short.value) == 5
    assert isinstance(long, Scalar) and len(long.value) == 20
    email = factory.make(Primitive("string", "email"))
    assert email == Scalar("jane.doe@example.com")
    # Formats the client does not type stay strings (the client is case-sensitive).
    assert factory.make(Primitive("string", "UUID"), seed="a") == Scalar(stable_uuid("a"))


def test_spec_examples_are_used_only_when_they_validate() -> None:
    model = Model(
        "X",
        "x",
        PROPS,
        (
            field("id", Primitive("string", "uuid"), example="id_example"),
            field("count", Primitive("integer"), example=7, constraints=Constraints(maximum=9)),
            field("big", Primitive("integer"), example=70, constraints=Constraints(maximum=9)),
        ),
    )
    value = ExampleFactory(api(model)).make(ModelRef("X"), seed="s")
    assert isinstance(value, ModelValue)
    data = to_json(value)
    uuid.UUID(data["id"])  # "id_example" is not a UUID
    assert data["count"] == 7
    assert data["big"] == 1


def test_one_of_value_matches_exactly_one_variant() -> None:
    hashing = Model("Hashing", "h", PROPS, (field("target", STR), field("suffix", STR)))
    filtering = Model("Filtering", "f", PROPS, (field("target", STR),))
    factory = ExampleFactory(api(hashing, filtering))
    union = Union((ModelRef("Hashing"), ModelRef("Filtering")))
    value = factory.make(union)
    # A Hashing value would also be a valid (open) Filtering: Filtering is the exclusive pick.
    assert isinstance(value, ModelValue) and value.model == "Filtering"


def test_required_but_undeclared_properties() -> None:
    open_model = Model(
        "Open", "o", PROPS, (field("a", STR), field("b", AnyValue(), False, origin=REQUIRED_ONLY))
    )
    closed = Model(
        "Closed",
        "c",
        PROPS,
        (field("a", STR), field("b", AnyValue(), False, origin=REQUIRED_ONLY)),
        closed=True,
    )
    holder = Model(
        "Holder",
        "h",
        PROPS,
        (field("items", ArrayOf(ModelRef("Closed"))), field("one", ModelRef("Closed"), False)),
    )
    factory = ExampleFactory(api(open_model, closed, holder))
    made = factory.make(ModelRef("Open"))
    assert isinstance(made, ModelValue) and [w for _, w, _ in made.fields] == ["a", "b"]
    # No value satisfies Closed: it is left out where optional, arrays stay empty.
    assert factory.make(ModelRef("Closed")) is None
    holder_value = factory.make(ModelRef("Holder"))
    assert holder_value is not None and to_json(holder_value) == {"items": []}
    assert factory.lift({"a": "x", "b": 1}, ModelRef("Closed")) is None
    factory.allow_unsatisfiable = True
    assert factory.make(ModelRef("Closed")) is not None


def test_ambiguous_names_build_by_wire_name() -> None:
    model = Model(
        "Stream",
        "s",
        PROPS,
        (
            field("json_schema", STR, wire="jsonSchema"),
            field("json_schema_2", STR, wire="json_schema"),
        ),
    )
    imports: set[str] = set()
    source = to_python(ExampleFactory(api(model)).make(ModelRef("Stream")), imports)  # type: ignore[arg-type]
    assert source.startswith("Stream.from_dict({'jsonSchema': ")
    assert "'json_schema': " in source and imports == {"Stream"}


def test_recursion_terminates_and_nullable_cycles_become_none() -> None:
    node = Model(
        "Node",
        "n",
        PROPS,
        (field("label", STR), field("next", Nullable(ModelRef("Node")))),
    )
    value = ExampleFactory(api(node)).make(ModelRef("Node"))
    data = to_json(value)  # type: ignore[arg-type]
    depth = 0
    while isinstance(data, dict):
        data, depth = data["next"], depth + 1
    assert data is None and depth <= 3


def test_python_rendering() -> None:
    imports: set[str] = set()
    value = ListValue(
        (
            Scalar("2024-01-15", "date"),
            Scalar(stable_uuid("x"), "uuid"),
            DictValue((("k", Scalar(None)),)),
        )
    )
    source = to_python(value, imports)
    expected_uuid = stable_uuid("x")
    assert source == (
        f"[datetime.date.fromisoformat('2024-01-15'), uuid.UUID('{expected_uuid}'), {{'k': None}}]"
    )
    assert imports == {"import datetime", "import uuid"}


def test_kind_enum_follows_the_chosen_variant_and_deep_scalar_models_are_filled() -> None:
    from generator.ir.model import Enum, EnumMember
    from generator.ir.types import EnumRef

    kind = Enum(
        "MapperType",
        "mapper_type",
        PROPS,
        (EnumMember("HASHING", "hashing"), EnumMember("FIELD_FILTERING", "field-filtering")),
    )
    hashing = Model("HashingConfig", "h", PROPS, (field("target", STR), field("suffix", STR)))
    filtering = Model("FieldFilteringConfig", "f", PROPS, (field("target", STR),))
    mapper = Model(
        "Mapper",
        "m",
        PROPS,
        (
            field("type", EnumRef("MapperType")),
            field("config", Union((ModelRef("HashingConfig"), ModelRef("FieldFilteringConfig")))),
        ),
    )
    leaf = Model("Leaf", "l", PROPS, (field("field_path", ArrayOf(STR), False),))
    chain = [
        Model(f"L{i}", f"l{i}", PROPS, (field("next", ModelRef(f"L{i + 1}")),)) for i in range(5)
    ]
    chain.append(Model("L5", "l5", PROPS, (field("leaf", ModelRef("Leaf")),)))
    factory = ExampleFactory(
        Api(
            title="t",
            version="1",
            package_name="p",
            openapi_version="3",
            models=(hashing, filtering, mapper, leaf, *chain),
            enums=(kind,),
        )
    )
    value = factory.make(ModelRef("Mapper"))
    assert value is not None and to_json(value) == {
        "type": "field-filtering",
        "config": {"target": "example target"},
    }
    deep = factory.make(ModelRef("L0"))
    assert deep is not None
    data = to_json(deep)
    for _ in range(6):
        data = data["next"] if "next" in data else data["leaf"]
    assert data == {"field_path": ["example field path"]}  # not an empty Leaf()


def test_model_page_warns_about_an_unsatisfiable_schema() -> None:
    from generator.render.docs import render_docs
    from generator.render.environment import make_environment

    closed = Model(
        "Closed",
        "c",
        PROPS,
        (field("a", STR), field("b", AnyValue(), False, origin=REQUIRED_ONLY, wire="b_")),
        closed=True,
    )
    pages = render_docs(
        api(closed), package_name="p", style="openapi-generator", env=make_environment()
    )
    page = pages["docs/Closed.md"]
    assert "> **Warning:** No JSON value satisfies this schema as written" in page
    assert "required by the schema but not declared in its `properties`; JSON key `b_`" in page
    assert '"a": "example a"' in page  # the closest value is still shown
