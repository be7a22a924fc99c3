"""Every operation of specs/mock-control.yaml: method, path, tag and security. Generated: do not edit."""

from typing import NamedTuple


class Operation(NamedTuple):
    method: str
    path: str
    tag: str
    security: tuple[tuple[str, tuple[str, ...]], ...] | None  # None: the spec's top-level security


OPERATIONS: dict[str, Operation] = {
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
    "createDeposit": Operation("POST", "/_mock/deposits", "Simulation", None),
    "advanceWithdrawal": Operation("POST", "/_mock/withdrawals/{orderViewId}/advance", "Simulation", None),
}
