"""Every operation of specs/mock-control.yaml: method, path, tag and security. Generated: do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    method: str
    path: str
    tag: str
    security: tuple[tuple[str, tuple[str, ...]], ...] | None  # None: the spec's top-level security


OPERATIONS: dict[str, Operation] = {
    "listTenants": Operation("GET", "/_mock/tenants", "Tenants", None),
    "createTenant": Operation("POST", "/_mock/tenants", "Tenants", None),
    "deleteTenant": Operation("DELETE", "/_mock/tenants/{tenant}", "Tenants", None),
    "getClock": Operation("GET", "/_mock/clock", "Clock", None),
    "shiftClock": Operation("POST", "/_mock/clock", "Clock", None),
    "getFaults": Operation("GET", "/_mock/faults", "Faults", None),
    "setFaults": Operation("POST", "/_mock/faults", "Faults", None),
    "getSettings": Operation("GET", "/_mock/settings", "Settings", None),
    "updateSettings": Operation("POST", "/_mock/settings", "Settings", None),
    "listWebhookTargets": Operation("GET", "/_mock/webhooks", "Webhooks", None),
    "addWebhookTarget": Operation("POST", "/_mock/webhooks", "Webhooks", None),
    "deleteWebhookTarget": Operation("DELETE", "/_mock/webhooks/{webhookId}", "Webhooks", None),
    "listWebhookDeliveries": Operation("GET", "/_mock/webhooks/deliveries", "Webhooks", None),
    "resetState": Operation("POST", "/_mock/reset", "State", None),
    "getState": Operation("GET", "/_mock/state", "State", None),
    "checkLedger": Operation("GET", "/_mock/ledger/check", "State", None),
    "getCredentials": Operation("GET", "/_mock/credentials", "State", None),
    "listRequests": Operation("GET", "/_mock/requests", "Requests", None),
    "createDeposit": Operation("POST", "/_mock/deposits", "Simulation", None),
    "advanceWithdrawal": Operation("POST", "/_mock/withdrawals/{orderViewId}/advance", "Simulation", None),
    "xcurrencyFiatReceived": Operation(
        "POST", "/_mock/xcurrency/topup/orders/{orderId}/fiat-received", "xcurrency", None
    ),
    "xcurrencyFiatFailed": Operation("POST", "/_mock/xcurrency/topup/orders/{orderId}/fiat-failed", "xcurrency", None),
    "xcurrencyExpireQuote": Operation("POST", "/_mock/xcurrency/quotes/{queryNo}/expire", "xcurrency", None),
    "xcurrencyGetSettings": Operation("GET", "/_mock/xcurrency/settings", "xcurrency", None),
    "xcurrencyUpdateSettings": Operation("POST", "/_mock/xcurrency/settings", "xcurrency", None),
    "bitunixCreateDeposit": Operation("POST", "/_mock/bitunix/deposits", "bitunix", None),
    "bitunixAdvanceDeposit": Operation("POST", "/_mock/bitunix/deposits/{depositId}/advance", "bitunix", None),
    "bitunixAdvanceWithdrawTransfer": Operation(
        "POST", "/_mock/bitunix/withdraw-transfers/{recordId}/advance", "bitunix", None
    ),
    "bitunixListQuickAddresses": Operation("GET", "/_mock/bitunix/quick-withdraw-addresses", "bitunix", None),
    "bitunixAddQuickAddress": Operation("POST", "/_mock/bitunix/quick-withdraw-addresses", "bitunix", None),
    "bitunixDeleteQuickAddress": Operation(
        "DELETE", "/_mock/bitunix/quick-withdraw-addresses/{addressId}", "bitunix", None
    ),
    "bitunixFillOrder": Operation("POST", "/_mock/bitunix/orders/{orderId}/fill", "bitunix", None),
    "bitunixSetPrice": Operation("POST", "/_mock/bitunix/markets/{symbol}/price", "bitunix", None),
    "bitunixGetAccounts": Operation("GET", "/_mock/bitunix/accounts/{uid}", "bitunix", None),
    "cryptofuseSimulatePayment": Operation(
        "POST", "/_mock/cryptofuse/payments/{transaction_id}/deposit", "cryptofuse", None
    ),
    "cryptofuseConfirmPayment": Operation(
        "POST", "/_mock/cryptofuse/payments/{transaction_id}/confirm", "cryptofuse", None
    ),
    "cryptofuseFailPayment": Operation("POST", "/_mock/cryptofuse/payments/{transaction_id}/fail", "cryptofuse", None),
    "cryptofuseAdvanceWithdrawal": Operation(
        "POST", "/_mock/cryptofuse/withdrawals/{withdrawal_id}/advance", "cryptofuse", None
    ),
    "cryptofuseSettleTransfer": Operation(
        "POST", "/_mock/cryptofuse/transfers/{transfer_id}/settle", "cryptofuse", None
    ),
}
