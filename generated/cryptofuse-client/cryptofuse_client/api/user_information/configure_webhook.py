from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.jsonutil import dumps as _dumps
from ..._runtime.jsonutil import loads as _loads
from ...client import AuthenticatedClient, Client
from ...models.configure_webhook_request import ConfigureWebhookRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_secret_created import WebhookSecretCreated
from ...models.webhook_settings_updated import WebhookSettingsUpdated
from ...types import Response


def _get_kwargs(
    *,
    body: ConfigureWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/webhooks/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        _kwargs["content"] = _dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> WebhookSecretCreated | WebhookSettingsUpdated:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_configure_webhook_response_type_0 = WebhookSecretCreated.from_dict(data)

                return componentsschemas_configure_webhook_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_configure_webhook_response_type_1 = WebhookSettingsUpdated.from_dict(data)

            return componentsschemas_configure_webhook_response_type_1

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
) -> Response[ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated]:
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfigureWebhookRequest,
) -> Response[ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated]:
    """Configure Webhooks

     Sets the tenant webhook URL. The **first** call creates the webhook secret and returns it **once**
    (`secret`); later calls return only `masked_secret`. Use the secret to verify webhook signatures.
    Scopes: write.

    Args:
        body (ConfigureWebhookRequest): Tenant webhook URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated]
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
    client: AuthenticatedClient,
    body: ConfigureWebhookRequest,
) -> ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated | None:
    """Configure Webhooks

     Sets the tenant webhook URL. The **first** call creates the webhook secret and returns it **once**
    (`secret`); later calls return only `masked_secret`. Use the secret to verify webhook signatures.
    Scopes: write.

    Args:
        body (ConfigureWebhookRequest): Tenant webhook URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfigureWebhookRequest,
) -> Response[ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated]:
    """Configure Webhooks

     Sets the tenant webhook URL. The **first** call creates the webhook secret and returns it **once**
    (`secret`); later calls return only `masked_secret`. Use the secret to verify webhook signatures.
    Scopes: write.

    Args:
        body (ConfigureWebhookRequest): Tenant webhook URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConfigureWebhookRequest,
) -> ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated | None:
    """Configure Webhooks

     Sets the tenant webhook URL. The **first** call creates the webhook secret and returns it **once**
    (`secret`); later calls return only `masked_secret`. Use the secret to verify webhook signatures.
    Scopes: write.

    Args:
        body (ConfigureWebhookRequest): Tenant webhook URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookSecretCreated | WebhookSettingsUpdated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
