"""Sending a prepared request over urllib3 (sync) or httpx (async).

Each transport returns (status, reason, headers, body) with the body fully read, and
turns every library exception into an `ApiTransportError` subclass, recording whether
the request may have reached the server (which decides whether retrying is safe).
The libraries are imported inside the constructors: importing the package stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .configuration import Configuration
from .exceptions import (
    ApiConnectionError,
    ApiProtocolError,
    ApiTimeoutError,
    ApiTransportError,
    ApiValueError,
)
from .request import PreparedRequest

if TYPE_CHECKING:
    import ssl

RawResponse = tuple[int, str, Mapping[str, str], bytes]
_UNENCODABLE = "a header value cannot be sent (HTTP headers are Latin-1): {}"


def _context(request: PreparedRequest) -> dict[str, Any]:
    return {"method": request.method, "url": request.safe_url}


class SyncTransport:
    def __init__(self, config: Configuration) -> None:
        import urllib3

        self._urllib3 = urllib3
        options: dict[str, Any] = {
            "maxsize": config.pool_maxsize,
            "cert_reqs": "CERT_REQUIRED" if config.verify_ssl else "CERT_NONE",
        }
        if config.ssl_ca_cert:
            options["ca_certs"] = config.ssl_ca_cert
        if config.cert_file:
            options["cert_file"] = config.cert_file
            options["key_file"] = config.key_file
        self._pool: urllib3.PoolManager
        if config.proxy:
            headers = config.proxy_headers or None
            self._pool = urllib3.ProxyManager(config.proxy, proxy_headers=headers, **options)
        else:
            self._pool = urllib3.PoolManager(**options)

    def close(self) -> None:
        self._pool.clear()

    def send(self, request: PreparedRequest, timeout: tuple[float, float] | None) -> RawResponse:
        urllib3 = self._urllib3
        exc = urllib3.exceptions
        tmo = urllib3.Timeout(connect=timeout[0], read=timeout[1]) if timeout else None
        try:
            response = self._pool.request(
                request.method,
                request.url,
                body=request.body,
                headers=request.headers,
                timeout=tmo,
                retries=False,
                redirect=False,
                preload_content=True,
            )
        # NewConnectionError subclasses ConnectTimeoutError in urllib3 2: test it first.
        except exc.NewConnectionError as e:
            raise ApiConnectionError(str(e), request_sent=False, **_context(request)) from e
        except exc.ConnectTimeoutError as e:
            raise ApiTimeoutError(str(e), request_sent=False, **_context(request)) from e
        except exc.ReadTimeoutError as e:
            raise ApiTimeoutError(str(e), **_context(request)) from e
        except (exc.SSLError, exc.ProxyError) as e:
            raise ApiConnectionError(str(e), request_sent=False, **_context(request)) from e
        except (exc.ProtocolError, exc.DecodeError, exc.ResponseError) as e:
            raise ApiProtocolError(str(e), **_context(request)) from e
        except exc.LocationValueError as e:
            raise ApiValueError(f"invalid URL: {e}", **_context(request)) from e
        except UnicodeEncodeError as e:
            raise ApiValueError(_UNENCODABLE.format(e), **_context(request)) from e
        except exc.HTTPError as e:
            raise ApiTransportError(str(e), **_context(request)) from e
        except OSError as e:  # e.g. a socket timeout raised outside urllib3's wrappers
            cls = ApiTimeoutError if isinstance(e, TimeoutError) else ApiConnectionError
            raise cls(str(e), **_context(request)) from e
        return response.status, response.reason or "", response.headers, response.data


class AsyncTransport:
    def __init__(self, config: Configuration) -> None:
        import ssl
        from http.cookiejar import CookieJar, DefaultCookiePolicy

        import httpx

        self._httpx = httpx
        verify: ssl.SSLContext | bool = config.verify_ssl
        if config.verify_ssl and (config.ssl_ca_cert or config.cert_file):
            context = ssl.create_default_context(cafile=config.ssl_ca_cert)
            if config.cert_file:
                context.load_cert_chain(config.cert_file, config.key_file)
            verify = context
        proxy = (
            httpx.Proxy(config.proxy, headers=config.proxy_headers or None)
            if config.proxy
            else None
        )
        self._client = httpx.AsyncClient(
            verify=verify,
            proxy=proxy,
            limits=httpx.Limits(max_connections=config.pool_maxsize),
            follow_redirects=False,
            trust_env=False,
            # Stateless like the urllib3 client: never store a response's Set-Cookie.
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        )

    async def close(self) -> None:
        await self._client.aclose()

    async def send(
        self, request: PreparedRequest, timeout: tuple[float, float] | None
    ) -> RawResponse:
        httpx = self._httpx
        tmo = httpx.Timeout(timeout[1], connect=timeout[0]) if timeout else httpx.Timeout(None)
        try:
            response = await self._client.request(
                request.method,
                request.url,
                content=request.body,
                headers=request.headers,
                timeout=tmo,
            )
        except (httpx.ConnectTimeout, httpx.PoolTimeout) as e:
            raise ApiTimeoutError(str(e), request_sent=False, **_context(request)) from e
        except httpx.TimeoutException as e:
            raise ApiTimeoutError(str(e), **_context(request)) from e
        except (httpx.ConnectError, httpx.ProxyError) as e:
            raise ApiConnectionError(str(e), request_sent=False, **_context(request)) from e
        except (httpx.RemoteProtocolError, httpx.LocalProtocolError, httpx.DecodingError) as e:
            raise ApiProtocolError(str(e), **_context(request)) from e
        except httpx.NetworkError as e:
            raise ApiConnectionError(str(e), **_context(request)) from e
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as e:
            raise ApiValueError(f"invalid URL: {e}", **_context(request)) from e
        except UnicodeEncodeError as e:
            raise ApiValueError(_UNENCODABLE.format(e), **_context(request)) from e
        except httpx.TransportError as e:
            raise ApiTransportError(str(e), **_context(request)) from e
        return response.status_code, response.reason_phrase, response.headers, response.content
