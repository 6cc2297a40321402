"""Small spec pairs for the diff tests: one base document and edits of it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.diff import DiffReport, diff_documents
from generator.load import load
from generator.parse import parse

BASE: dict[str, Any] = yaml.safe_load("""
openapi: 3.0.3
info: {title: Pets, version: 1.0.0}
servers: [{url: "https://api.example.com"}]
security: [{key: []}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      parameters:
        - {name: limit, in: query, schema: {type: integer, maximum: 100}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
        "404": {description: not found}
    post:
      operationId: createPet
      tags: [pets]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewPet"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
        "400": {description: bad}
  /pets/{petId}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, readOnly: true}
        name: {type: string, maxLength: 50}
        tag: {type: string}
        weight: {type: number}
        kind: {$ref: "#/components/schemas/Kind"}
        owner:
          oneOf:
            - {$ref: "#/components/schemas/Person"}
            - {$ref: "#/components/schemas/Org"}
          discriminator: {propertyName: type}
    NewPet:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 50}
        tag: {type: string}
        size: {type: string, enum: [s, m, l]}
        owner:
          oneOf:
            - {$ref: "#/components/schemas/Person"}
            - {$ref: "#/components/schemas/Org"}
    Kind:
      type: string
      enum: [cat, dog]
      x-enum-varnames: [CAT, DOG]
    Person:
      type: object
      properties: {type: {type: string}, name: {type: string}}
    Org:
      type: object
      properties: {type: {type: string}, title: {type: string}}
    Extra: {type: string, enum: [a, b]}
    Owner:
      oneOf:
        - {$ref: "#/components/schemas/Person"}
        - {$ref: "#/components/schemas/Org"}
""")

S = dict[str, Any]
Edit = Callable[[dict[str, Any]], object]


def edited(edit: Edit | None) -> dict[str, Any]:
    spec: dict[str, Any] = copy.deepcopy(BASE)
    if edit is not None:
        edit(spec)
    return spec


def diff_specs(old: dict[str, Any], new: dict[str, Any], folder: Path) -> DiffReport:
    """Write both documents, load and parse them as the command does, and compare."""
    paths = []
    for name, spec in (("old", old), ("new", new)):
        path = folder / f"{name}.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        paths.append(path)
    docs = [load(p)[0] for p in paths]
    apis = [parse(d, package_name="client")[0] for d in docs]
    return diff_documents(docs[0], docs[1], apis[0], apis[1])
