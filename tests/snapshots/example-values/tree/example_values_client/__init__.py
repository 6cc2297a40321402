"""Python client for Example Values API (API version 1.0.0)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .configuration import Configuration as _Configuration
from .configuration import Server as _Server

if TYPE_CHECKING:
    from .api_client import ApiClient as ApiClient
    from .api_client import AsyncApiClient as AsyncApiClient
    from .configuration import Configuration as Configuration
    from .configuration import RetryPolicy as RetryPolicy
    from .endpoint import ApiResponse as ApiResponse
    from .exceptions import ApiConnectionError as ApiConnectionError
    from .exceptions import ApiException as ApiException
    from .exceptions import ApiProtocolError as ApiProtocolError
    from .exceptions import ApiTimeoutError as ApiTimeoutError
    from .exceptions import ApiTransportError as ApiTransportError
    from .exceptions import ApiTypeError as ApiTypeError
    from .exceptions import ApiValueError as ApiValueError
    from .exceptions import BadRequestException as BadRequestException
    from .exceptions import ConflictException as ConflictException
    from .exceptions import ForbiddenException as ForbiddenException
    from .exceptions import NotFoundException as NotFoundException
    from .exceptions import ResponseDecodeError as ResponseDecodeError
    from .exceptions import ServiceException as ServiceException
    from .exceptions import TooManyRequestsException as TooManyRequestsException
    from .exceptions import UnauthorizedException as UnauthorizedException
    from .exceptions import UnprocessableEntityException as UnprocessableEntityException

_Configuration.DEFAULT_HOST = "https://examples.example.com"
_Configuration.SERVERS = (_Server("https://examples.example.com", {}, ""),)
_Configuration.SECURITY_DECLARED = False
__version__ = "1.0.0"

_EXPORTS: dict[str, str] = {
    "ApiClient": ".api_client",
    "AsyncApiClient": ".api_client",
    "Configuration": ".configuration",
    "RetryPolicy": ".configuration",
    "ApiResponse": ".endpoint",
    "ApiConnectionError": ".exceptions",
    "ApiException": ".exceptions",
    "ApiProtocolError": ".exceptions",
    "ApiTimeoutError": ".exceptions",
    "ApiTransportError": ".exceptions",
    "ApiTypeError": ".exceptions",
    "ApiValueError": ".exceptions",
    "BadRequestException": ".exceptions",
    "ConflictException": ".exceptions",
    "ForbiddenException": ".exceptions",
    "NotFoundException": ".exceptions",
    "ResponseDecodeError": ".exceptions",
    "ServiceException": ".exceptions",
    "TooManyRequestsException": ".exceptions",
    "UnauthorizedException": ".exceptions",
    "UnprocessableEntityException": ".exceptions",
}

__all__ = [
    "ApiClient",
    "ApiConnectionError",
    "ApiException",
    "ApiProtocolError",
    "ApiResponse",
    "ApiTimeoutError",
    "ApiTransportError",
    "ApiTypeError",
    "ApiValueError",
    "AsyncApiClient",
    "BadRequestException",
    "Configuration",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "ResponseDecodeError",
    "RetryPolicy",
    "ServiceException",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnprocessableEntityException",
]


def __getattr__(name: str) -> Any:
    """Import a name's module on first use, so importing the package stays cheap."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
