from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.check_sign_request import CheckSignRequest
from ...models.check_sign_response import CheckSignResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.sign_check_failure import SignCheckFailure
from ...types import Response


def _get_kwargs(
    *,
    body: CheckSignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payout/encrypt/check",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure | None:
    if response.status_code == 200:
        response_200 = CheckSignResponse.from_dict(_loads(response.content))

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorEnvelope | SignCheckFailure:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = SignCheckFailure.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorEnvelope.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(_loads(response.content))

        return response_401

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
) -> Response[CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckSignRequest,
) -> Response[CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure]:
    """Check signature

     Verifies the `sign` header against the body sent, without side effects: answers `status` `"1"` when
    the signature is correct, `"10001"` ("Failed to verify the signature") when it is not. The body is
    any JSON ("Encrypted object, not necessarily dictionary type"); this spec restricts it to a flat
    object of strings so generated tests stay meaningful. From the legacy payout api-reference §1.2.

    Args:
        body (CheckSignRequest): Any JSON body to sign (the provider accepts any JSON value;
            restricted here to a flat map of strings).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure]
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
    body: CheckSignRequest,
) -> CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure | None:
    """Check signature

     Verifies the `sign` header against the body sent, without side effects: answers `status` `"1"` when
    the signature is correct, `"10001"` ("Failed to verify the signature") when it is not. The body is
    any JSON ("Encrypted object, not necessarily dictionary type"); this spec restricts it to a flat
    object of strings so generated tests stay meaningful. From the legacy payout api-reference §1.2.

    Args:
        body (CheckSignRequest): Any JSON body to sign (the provider accepts any JSON value;
            restricted here to a flat map of strings).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckSignRequest,
) -> Response[CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure]:
    """Check signature

     Verifies the `sign` header against the body sent, without side effects: answers `status` `"1"` when
    the signature is correct, `"10001"` ("Failed to verify the signature") when it is not. The body is
    any JSON ("Encrypted object, not necessarily dictionary type"); this spec restricts it to a flat
    object of strings so generated tests stay meaningful. From the legacy payout api-reference §1.2.

    Args:
        body (CheckSignRequest): Any JSON body to sign (the provider accepts any JSON value;
            restricted here to a flat map of strings).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckSignRequest,
) -> CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure | None:
    """Check signature

     Verifies the `sign` header against the body sent, without side effects: answers `status` `"1"` when
    the signature is correct, `"10001"` ("Failed to verify the signature") when it is not. The body is
    any JSON ("Encrypted object, not necessarily dictionary type"); this spec restricts it to a flat
    object of strings so generated tests stay meaningful. From the legacy payout api-reference §1.2.

    Args:
        body (CheckSignRequest): Any JSON body to sign (the provider accepts any JSON value;
            restricted here to a flat map of strings).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckSignResponse | ErrorEnvelope | ErrorEnvelope | SignCheckFailure
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
