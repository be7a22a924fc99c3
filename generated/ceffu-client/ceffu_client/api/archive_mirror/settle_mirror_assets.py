from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.settle_mirror_assets_request import SettleMirrorAssetsRequest
from ...models.settle_mirror_assets_response import SettleMirrorAssetsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SettleMirrorAssetsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open-api/v1/mirror/asset/settle",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SettleMirrorAssetsResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SettleMirrorAssetsResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _status(code: int) -> HTTPStatus | int:
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SettleMirrorAssetsRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse]:
    """MIrror Assets Settlement

     Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The published
    request example uses the placeholder `"string"` for every field, so this schema constrains the other
    fields by type and length only; `amount` is an unsigned decimal string like every other request
    amount, and the server rejects values that are not valid (e.g. a non-decimal or negative `amount`)
    with `G20005`. **Archived** endpoint, still documented under "Archive".

    Args:
        body (SettleMirrorAssetsRequest): Mirror assets settlement. The published request example
            uses the placeholder `"string"` for every field, so this schema constrains the other
            fields by type and length only; `amount` is an unsigned decimal string like every other
            request amount, and the server rejects values that are not valid (e.g. a non-decimal or
            negative `amount`) with `G20005`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SettleMirrorAssetsRequest,
) -> ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse | None:
    """MIrror Assets Settlement

     Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The published
    request example uses the placeholder `"string"` for every field, so this schema constrains the other
    fields by type and length only; `amount` is an unsigned decimal string like every other request
    amount, and the server rejects values that are not valid (e.g. a non-decimal or negative `amount`)
    with `G20005`. **Archived** endpoint, still documented under "Archive".

    Args:
        body (SettleMirrorAssetsRequest): Mirror assets settlement. The published request example
            uses the placeholder `"string"` for every field, so this schema constrains the other
            fields by type and length only; `amount` is an unsigned decimal string like every other
            request amount, and the server rejects values that are not valid (e.g. a non-decimal or
            negative `amount`) with `G20005`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SettleMirrorAssetsRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse]:
    """MIrror Assets Settlement

     Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The published
    request example uses the placeholder `"string"` for every field, so this schema constrains the other
    fields by type and length only; `amount` is an unsigned decimal string like every other request
    amount, and the server rejects values that are not valid (e.g. a non-decimal or negative `amount`)
    with `G20005`. **Archived** endpoint, still documented under "Archive".

    Args:
        body (SettleMirrorAssetsRequest): Mirror assets settlement. The published request example
            uses the placeholder `"string"` for every field, so this schema constrains the other
            fields by type and length only; `amount` is an unsigned decimal string like every other
            request amount, and the server rejects values that are not valid (e.g. a non-decimal or
            negative `amount`) with `G20005`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SettleMirrorAssetsRequest,
) -> ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse | None:
    """MIrror Assets Settlement

     Settles mirror assets on the Mirror link `mirrorLinkId`. All body fields are strings. The published
    request example uses the placeholder `"string"` for every field, so this schema constrains the other
    fields by type and length only; `amount` is an unsigned decimal string like every other request
    amount, and the server rejects values that are not valid (e.g. a non-decimal or negative `amount`)
    with `G20005`. **Archived** endpoint, still documented under "Archive".

    Args:
        body (SettleMirrorAssetsRequest): Mirror assets settlement. The published request example
            uses the placeholder `"string"` for every field, so this schema constrains the other
            fields by type and length only; `amount` is an unsigned decimal string like every other
            request amount, and the server rejects values that are not valid (e.g. a non-decimal or
            negative `amount`) with `G20005`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | SettleMirrorAssetsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
